using System.Text;
using GoOverview.Epub.Packaging;
using GoOverview.Fonts;

namespace GoOverview.Epub.Styling;

/// <summary>
/// Characters Noto Sans SC lacks (symbols, emoji, Korean) in the book: the text writer wraps each stretch the font
/// chain gives a fallback face in a span of that face's class, and the faces used are embedded as subsets with
/// an @font-face each. A book without such characters gets nothing extra.
/// </summary>
internal sealed class FallbackFonts(FontLibrary fonts)
{
    private readonly Dictionary<FontFile, SortedSet<int>> _used = new();
    private bool _missingUsed;

    /// <summary>A character no bundled font has: kept (the reader's fonts may have it) inside a thin visible box.</summary>
    private const string MissingClass = "glyph-missing";

    /// <summary>The stretches of <paramref name="text"/>, each with the class of its fallback face (null: the body font).</summary>
    public IEnumerable<(string Text, string? Class)> Split(string text)
    {
        if (!FontChain.MayNeedFallback(text))
        {
            yield return (text, null);
            yield break;
        }
        foreach (var segment in FontChain.Split(fonts, text, fonts.Regular))
        {
            var piece = text.Substring(segment.Start, segment.Length);
            if (segment.Font is null && !string.IsNullOrWhiteSpace(piece))
            {
                _missingUsed = true;
                yield return (piece, MissingClass);
                continue;
            }
            if (segment.Font is not { Role: FontRole.Fallback } face)
            {
                yield return (piece, null);
                continue;
            }
            if (!_used.TryGetValue(face, out var set)) _used[face] = set = new SortedSet<int>();
            foreach (var rune in piece.EnumerateRunes()) set.Add(rune.Value);
            yield return (piece, ClassOf(face));
        }
    }

    /// <summary>Package items (fonts/…) of the faces the book used, each subset to the run's shared set for that face.</summary>
    public List<PackageItem> Subsets(Model.Document document) =>
        fonts.Fallbacks.Where(_used.ContainsKey).Select(face => new PackageItem(
            "font-" + ClassOf(face), "fonts/" + Path.GetFileName(face.Path), "font/ttf",
            fonts.Subset(face, DocumentCharacters.ForFallback(document, fonts, face, _used[face])))).ToList();

    /// <summary>@font-face and class rules for the embedded fallback faces (their item ids name the faces).</summary>
    public void AppendRules(StringBuilder css, IReadOnlyList<PackageItem> items)
    {
        foreach (var face in fonts.Fallbacks)
        {
            var item = items.FirstOrDefault(i => i.Id == "font-" + ClassOf(face));
            if (item is null) continue;
            css.Append("@font-face {\n  font-family: \"").Append(face.Family).Append("\";\n  font-weight: normal;\n  font-style: normal;\n")
               .Append("  src: url(\"../").Append(item.Path).Append("\");\n}\n")
               .Append('.').Append(ClassOf(face)).Append(" { font-family: \"").Append(face.Family).Append("\", sans-serif; }\n");
        }
        if (_missingUsed) css.Append('.').Append(MissingClass).Append(" { border: 1px solid #808080; }\n");
    }

    private static string ClassOf(FontFile face) => "glyph-" + face.Family.Replace("Noto ", "").Replace("Sans ", "").Replace(' ', '-').ToLowerInvariant();
}
