using System.Text;
using GoOverview.Model;
using GoOverview.Model.Diagnostics;

namespace GoOverview.Fonts;

/// <summary>The characters a document shows, for subsetting and the coverage check.</summary>
public static class DocumentCharacters
{
    /// <summary>Every code point of the visible text (metadata included), sorted, without duplicates.</summary>
    public static SortedSet<int> Collect(Document document)
    {
        var set = new SortedSet<int>();
        var m = document.Metadata;
        foreach (var s in new[] { m.Title, m.Subtitle, m.Date, m.AuthorLine, m.Description }) Add(set, s);
        foreach (var block in DocumentWalker.AllBlocks(document)) Add(set, PlainText.Of(block));
        return set;
    }

    public static void Add(ISet<int> set, string text)
    {
        foreach (var rune in text.EnumerateRunes()) set.Add(rune.Value);
    }

    /// <summary>Reports (once, as one warning listing them) the characters no bundled font can draw.</summary>
    public static void ReportUncovered(Document document, FontLibrary fonts, DiagnosticBag diagnostics)
    {
        var missing = fonts.Uncovered(Collect(document));
        if (missing.Count == 0) return;
        var list = new StringBuilder();
        foreach (var cp in missing.Take(40))
        {
            if (list.Length > 0) list.Append(' ');
            list.Append(char.ConvertFromUtf32(cp)).Append($" (U+{cp:X4})");
        }
        if (missing.Count > 40) list.Append($" … and {missing.Count - 40} more");
        diagnostics.ReportOnce("font-coverage", new Diagnostic(Severity.Warning, "font-coverage",
            $"{missing.Count} character(s) have no glyph in the bundled fonts and fall back to system fonts or are drawn as boxes: {list}",
            new SourceLocation(document.SourcePath, 1, 1)));
    }
}
