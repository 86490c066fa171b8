using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using GoOverview.Model;
using GoOverview.Word.Content;
using GoOverview.Word.Styles;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace GoOverview.Word.Parts;

/// <summary>
/// The table of contents: a TOC field whose cached result already lists the headings as links to their
/// bookmarks, so it shows (and works) before Word updates fields; settings' w:updateFields makes Word add the
/// page numbers when the file is opened.
/// </summary>
internal static class TocWriter
{
    public static List<OpenXmlElement> Create(WordBuild build, IEnumerable<Block> blocks)
    {
        var depth = Math.Clamp(build.Options.TocDepth, 1, 6);
        var entries = blocks.SelectMany(DocumentWalker.Descendants).OfType<Heading>()
            .Where(h => h.Level <= depth)
            .Select(h => new TocEntry(h.Level, PlainText.Of(h.Content).Trim(), build.Bookmarks.NameFor(h)))
            .Where(e => e.Text.Length > 0)
            .ToList();
        var result = new List<OpenXmlElement>();
        if (entries.Count == 0) return result;

        var title = new W.Paragraph(new ParagraphProperties { ParagraphStyleId = new ParagraphStyleId { Val = build.Styles.Id(StyleNames.TocHeading) } });
        title.Append(InlineWriter.TextRun(Title(build.Document.Metadata.Lang), RunFormat.Plain, han: false));
        result.Add(title);

        var instruction = string.Create(CultureInfo.InvariantCulture, $" TOC \\o \"1-{depth}\" \\h \\z \\u ");
        for (var i = 0; i < entries.Count; i++)
        {
            var (level, text, bookmark) = entries[i];
            var paragraph = new W.Paragraph(new ParagraphProperties
            {
                ParagraphStyleId = new ParagraphStyleId { Val = build.Styles.Id(StyleNames.Toc(level)) },
            });
            if (i == 0)
            {
                paragraph.Append(
                    new Run(new FieldChar { FieldCharType = FieldCharValues.Begin, Dirty = true }),
                    new Run(new FieldCode(instruction) { Space = SpaceProcessingModeValues.Preserve }),
                    new Run(new FieldChar { FieldCharType = FieldCharValues.Separate }));
            }
            var run = InlineWriter.TextRun(build.Clean(text, null), RunFormat.Plain, han: false);
            if (bookmark is null) paragraph.Append(run);
            else paragraph.Append(new Hyperlink(run) { Anchor = bookmark, History = true });
            if (i == entries.Count - 1) paragraph.Append(new Run(new FieldChar { FieldCharType = FieldCharValues.End }));
            result.Add(paragraph);
        }
        return result;
    }

    private static string Title(string lang) =>
        lang.StartsWith("zh", StringComparison.OrdinalIgnoreCase) || lang.Length == 0 ? "目录" : "Contents";
}

/// <summary>One heading listed in the TOC (a class, not a tuple: generic code over tuples is not precompiled, ~2 ms of JIT cold).</summary>
internal sealed record TocEntry(int Level, string Text, string? Bookmark);
