using System.Collections.Concurrent;
using GoOverview.Model.Files;

namespace GoOverview.Fonts;

/// <summary>
/// The bundled fonts (fonts/ beside the program) and the services every writer shares: which font covers a
/// character, and subsets cut once per run and cached (so PDF, Word and EPUB in one run subset each font once).
/// </summary>
public sealed class FontLibrary : IDisposable
{
    public const string CjkFamily = "Noto Sans SC";
    public const string SerifFamily = "Noto Serif SC";
    public const string MonoFamily = "JetBrains Mono";
    public const string SymbolsFamily = "Noto Sans Symbols 2";
    public const string EmojiFamily = "Noto Emoji";
    public const string KoreanFamily = "Noto Sans KR";
    public const string MathFamily = "Noto Sans Math";

    private const int MaxCachedSubsets = 32;

    private int _subsetsCut;

    /// <summary>How many subsets hb-subset has cut so far (cache misses): writers of one run should share them.</summary>
    public int SubsetsCut => Volatile.Read(ref _subsetsCut);

    private readonly ConcurrentDictionary<string, Lazy<byte[]>> _subsets = new(StringComparer.Ordinal);

    public FontLibrary(FontFile regular, FontFile bold, FontFile mono, IReadOnlyList<FontFile>? fallbacks = null,
        FontFile? monoBold = null, FontFile? monoItalic = null, FontFile? math = null)
    {
        Math = math;
        Regular = regular;
        Bold = bold;
        Mono = mono;
        MonoBold = monoBold ?? mono;
        MonoItalic = monoItalic ?? mono;
        Fallbacks = fallbacks ?? [];
        All = [.. new[] { Regular, Bold, Mono, MonoBold, MonoItalic }.Distinct(), .. Fallbacks];
        _regularChain = [Regular, Bold, Mono, .. Fallbacks];
        _boldChain = [Bold, Regular, Mono, .. Fallbacks];
        _emoji = Fallbacks.FirstOrDefault(f => f.Family == EmojiFamily);
    }

    /// <summary>The face body text is set in (<see cref="BodyFont"/>): Regular is Noto Serif SC when Serif.</summary>
    public BodyFont Body => Regular.Family == SerifFamily ? BodyFont.Serif : BodyFont.Sans;

    /// <summary>Noto Sans SC Regular (or Noto Serif SC for a serif body): body text, Latin and CJK alike.</summary>
    public FontFile Regular { get; }

    /// <summary>Noto Sans SC Bold: a real bold face (never synthesised).</summary>
    public FontFile Bold { get; }

    /// <summary>JetBrains Mono Regular: code. Has no CJK; code falls back to <see cref="Regular"/> for those.</summary>
    public FontFile Mono { get; }

    /// <summary>JetBrains Mono Bold: bold code tokens (keywords) in the highlighted styles.</summary>
    public FontFile MonoBold { get; }

    /// <summary>JetBrains Mono Italic: italic code tokens (comments).</summary>
    public FontFile MonoItalic { get; }

    /// <summary>
    /// Noto Sans Math (OpenType MATH table): the face formulas are typeset in. Not part of <see cref="All"/>: only
    /// writers that lay out formulas themselves (PDF, slides) use it, and only when a document has formulas.
    /// </summary>
    public FontFile? Math { get; }

    /// <summary>
    /// The fallback chain after the primary faces, in order: Noto Sans Symbols 2 (☐ ☑ ✓ ★ …), Noto Emoji
    /// (monochrome: 😀 ✅ ❌), Noto Sans KR (한국어). Each is embedded only when a document uses it.
    /// </summary>
    public IReadOnlyList<FontFile> Fallbacks { get; }

    /// <summary>Every distinct face: the primary ones (mono bold and italic only when bundled), then the fallbacks.</summary>
    public IReadOnlyList<FontFile> All { get; }

    /// <summary>U+25A1 □, drawn in the regular face for a character no font in the chain has (never blank).</summary>
    public const int Placeholder = 0x25A1;

    /// <summary>The body face is the user's own (a font file or an installed family), not a bundled one.</summary>
    public bool HasChosenBody { get; private init; }

    /// <summary>The fonts for a <see cref="Choice.FontChoice"/>: the bundled set, its regular face replaced by the user's
    /// font file or installed family (bold headings, code and fallbacks stay bundled).</summary>
    /// <exception cref="Choice.FontChoiceException">The user's font cannot be used.</exception>
    public static FontLibrary Load(Choice.FontChoice choice, string? fontsDirectory = null)
    {
        if (choice is Choice.FontChoice.Bundled bundled) return LoadBundled(fontsDirectory, bundled.Face);
        var body = Choice.ChosenFont.Open(choice);
        var bundledSet = LoadBundled(fontsDirectory);
        bundledSet.Regular.Dispose();
        return new FontLibrary(body, bundledSet.Bold, bundledSet.Mono, bundledSet.Fallbacks, bundledSet.MonoBold, bundledSet.MonoItalic, bundledSet.Math)
        {
            HasChosenBody = true,
        };
    }

    /// <summary>Loads the bundled fonts from <paramref name="fontsDirectory"/> or the default location; a serif
    /// <paramref name="body"/> sets the regular face in Noto Serif SC (bold stays the sans bold).</summary>
    /// <exception cref="FileNotFoundException">A bundled font file is missing.</exception>
    public static FontLibrary LoadBundled(string? fontsDirectory = null, BodyFont body = BodyFont.Sans)
    {
        var dir = fontsDirectory ?? FindFontsDirectory();
        return new FontLibrary(
            body == BodyFont.Serif
                ? Open(dir, "NotoSerifSC-Regular.ttf", SerifFamily, FontRole.Regular, isBold: false)
                : Open(dir, "NotoSansSC-Regular.ttf", CjkFamily, FontRole.Regular, isBold: false),
            Open(dir, "NotoSansSC-Bold.ttf", CjkFamily, FontRole.Bold, isBold: true),
            Open(dir, "JetBrainsMono-Regular.ttf", MonoFamily, FontRole.Mono, isBold: false),
            fallbacks:
            [
                Open(dir, "NotoSansSymbols2-Regular.ttf", SymbolsFamily, FontRole.Fallback, isBold: false),
                Open(dir, "NotoEmoji-Regular.ttf", EmojiFamily, FontRole.Fallback, isBold: false),
                Open(dir, "NotoSansKR-Regular.ttf", KoreanFamily, FontRole.Fallback, isBold: false),
            ],
            monoBold: Open(dir, "JetBrainsMono-Bold.ttf", MonoFamily, FontRole.MonoBold, isBold: true),
            monoItalic: Open(dir, "JetBrainsMono-Italic.ttf", MonoFamily, FontRole.MonoItalic, isBold: false),
            math: Open(dir, "NotoSansMath-Regular.ttf", MathFamily, FontRole.Math, isBold: false));
    }

    /// <summary>fonts/ beside this library (where its NuGet package and project reference put them), else beside the
    /// program, else the repository's fonts/ found by walking up (for tools run from source).</summary>
    [System.Diagnostics.CodeAnalysis.UnconditionalSuppressMessage("SingleFile", "IL3000",
        Justification = "Location is empty in a native-AOT or single-file app; the next rule (beside the program) then applies")]
    public static string FindFontsDirectory()
    {
        if (typeof(FontLibrary).Assembly.Location is { Length: > 0 } assembly
            && Path.Combine(Path.GetDirectoryName(assembly)!, "fonts") is var besideLibrary
            && File.Exists(Path.Combine(besideLibrary, "NotoSansSC-Regular.ttf")))
            return besideLibrary;
        var beside = Path.Combine(AppContext.BaseDirectory, "fonts");
        if (File.Exists(Path.Combine(beside, "NotoSansSC-Regular.ttf"))) return beside;
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "fonts");
            if (File.Exists(Path.Combine(candidate, "NotoSansSC-Regular.ttf"))) return candidate;
        }
        throw new FileNotFoundException($"bundled fonts not found (looked in {beside} and its parents' fonts/ folders)");
    }

    private static FontFile Open(string dir, string fileName, string family, FontRole role, bool isBold)
    {
        var path = Path.Combine(dir, fileName);
        if (!File.Exists(path)) throw new FileNotFoundException($"bundled font missing: {path}", path);
        return new FontFile(path, family, role, isBold);
    }

    /// <summary>
    /// The font to draw a character with, following the fallback chain: the preferred face, then the CJK
    /// regular/bold faces, then mono, then <see cref="Fallbacks"/> in order. With <paramref name="emojiPresentation"/>
    /// (the character is followed by VS16, U+FE0F) the emoji face is asked before the others.
    /// Null when no bundled font has the character.
    /// </summary>
    public FontFile? FindCovering(int codePoint, FontFile preferred, bool emojiPresentation = false)
    {
        if (emojiPresentation && _emoji is not null && _emoji.Covers(codePoint)) return _emoji;
        if (preferred.Covers(codePoint)) return preferred;
        foreach (var font in preferred.IsBold && preferred.Role != FontRole.MonoBold ? _boldChain : _regularChain)
        {
            if (font != preferred && font.Covers(codePoint)) return font;
        }
        return null;
    }

    private readonly FontFile[] _regularChain;
    private readonly FontFile[] _boldChain;
    private readonly FontFile? _emoji;

    /// <summary>The characters (in code point order) that no bundled font covers. Whitespace and controls are ignored.</summary>
    public IReadOnlyList<int> Uncovered(IEnumerable<int> codePoints) =>
        codePoints.Distinct().Where(cp => !IsIgnorable(cp) && All.All(f => !f.Covers(cp))).OrderBy(cp => cp).ToList();

    public static bool IsIgnorable(int codePoint) =>
        codePoint < 0x20 || codePoint == 0x7F || (codePoint >= 0x80 && codePoint < 0xA0) ||
        codePoint is 0x200B or 0x200C or 0x200D or 0xFEFF or 0x2060 || (codePoint >= 0xFE00 && codePoint <= 0xFE0F);

    /// <summary>
    /// The font cut down to the given characters (hb-subset), cached per (font, character set) for the run.
    /// Code points the font lacks are simply absent from the result.
    /// </summary>
    public byte[] Subset(FontFile font, IReadOnlyCollection<int> codePoints)
    {
        var sorted = codePoints.Distinct().OrderBy(c => c).ToArray();
        var key = font.Path + "#" + font.FaceIndex + "|" + string.Join(",", sorted);
        // A run subsets a handful of sets; a long-lived process (watch mode, tests) must not grow without bound.
        if (_subsets.Count > MaxCachedSubsets) _subsets.Clear();
        return _subsets.GetOrAdd(key, _ => new Lazy<byte[]>(() => CachedSubsets.GetOrCut(SubsetCache, font, sorted, () =>
        {
            Interlocked.Increment(ref _subsetsCut);
            return HbSubset.Subset(font.HarfBuzzFace, sorted, IsMono(font) ? HbSubset.LigatureFeatures : null);
        }))).Value;
    }

    /// <summary>Where subsets are kept between runs (null: cut every run). Defaults to the user's cache folder.</summary>
    public ContentCache? SubsetCache { get; set; } = ContentCache.Shared;

    private static bool IsMono(FontFile font) => font.Role is FontRole.Mono or FontRole.MonoBold or FontRole.MonoItalic;

    public void Dispose()
    {
        foreach (var f in All) f.Dispose();
    }
}
