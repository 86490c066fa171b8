using DocumentFormat.OpenXml.Wordprocessing;
using GoOverview.Fonts;
using GoOverview.Word.Content;

namespace GoOverview.Word.Fonts;

/// <summary>
/// Characters Noto Sans SC lacks (symbols, emoji, Korean): text is cut where the font chain changes face, and a run
/// drawn by a fallback face names it in w:rFonts (all four slots, so Word's script classification cannot pick
/// another). The faces used are listed (and their subsets embedded) in the font table; none for a document that
/// needs none. A character no bundled font has keeps its run inside a thin border, so it is never invisible.
/// </summary>
internal sealed class FallbackRuns(FontLibrary fonts)
{
    private readonly Dictionary<FontFile, SortedSet<int>> _used = new();

    /// <summary>What each fallback face drew, in chain order.</summary>
    public IEnumerable<(FontFile Face, SortedSet<int> CodePoints)> Used =>
        fonts.Fallbacks.Where(_used.ContainsKey).Select(f => (f, _used[f]));

    /// <summary>The runs for <paramref name="text"/>: one run when no fallback face is needed (the usual case).</summary>
    public IEnumerable<Run> Runs(string text, RunFormat format, bool han)
    {
        if (!FontChain.MayNeedFallback(text))
        {
            yield return InlineWriter.TextRun(text, format, han);
            yield break;
        }
        foreach (var segment in FontChain.Split(fonts, text, fonts.Regular))
        {
            var piece = text.Substring(segment.Start, segment.Length);
            var run = InlineWriter.TextRun(piece, format, han);
            if (segment.Font is { Role: FontRole.Fallback } face)
            {
                if (!_used.TryGetValue(face, out var set)) _used[face] = set = new SortedSet<int>();
                foreach (var rune in piece.EnumerateRunes()) set.Add(rune.Value);
                run.RunProperties ??= new RunProperties();
                run.RunProperties.RunFonts = new RunFonts { Ascii = face.Family, HighAnsi = face.Family, EastAsia = face.Family, ComplexScript = face.Family };
            }
            else if (segment.Font is null && !string.IsNullOrWhiteSpace(piece))
            {
                // No bundled font has it: the character stays (a system font may have it) inside a visible box.
                run.RunProperties ??= new RunProperties();
                run.RunProperties.Border = new Border { Val = BorderValues.Single, Size = 4, Space = 0, Color = "808080" };
            }
            yield return run;
        }
    }
}
