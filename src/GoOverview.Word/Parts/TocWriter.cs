using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using GoOverview.Model;
using GoOverview.Word.Content;
using GoOverview.Word.Styles;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace GoOverview.Word.Parts;

/// <summary>
/// The table of contents: a TOC field whose cached result already lists the headings as links to their bookmarks,
/// each with a dot leader and a PAGEREF page number (estimated by <see cref="PageEstimate"/> once the body is
/// written), so it reads right on open without the "update fields?" prompt; Word refreshes the numbers on F9 or print.
/// The document title (on the title page) is not an entry.
/// </summary>
internal static class TocWriter
{
    public static List<OpenXmlElement> Create(WordBuild build, IEnumerable<Block> blocks)
    {
        var depth = Math.Clamp(build.Options.TocDepth, 1, 6);
        var entries = blocks.SelectMany(DocumentWalker.Descendants).OfType<Heading>()
            .Where(h => h.Level <= depth && !ReferenceEquals(h, build.TitleHeading))
            .Select(h => new TocEntry(h.Level, PlainText.Of(h.Content).Trim(), build.Bookmarks.NameFor(h)))
            .Where(e => e.Text.Length > 0)
            .ToList();
        var result = new List<OpenXmlElement>();
        if (entries.Count == 0) return result;

        var title = new W.Paragraph(new ParagraphProperties { ParagraphStyleId = new ParagraphStyleId { Val = build.Styles.Id(StyleNames.TocHeading) } });
        title.Append(InlineWriter.TextRun(build.Words.Contents, RunFormat.Plain, han: false));
        result.Add(title);

        var top = build.TitleHeading is null ? 1 : 2;
        var instruction = string.Create(CultureInfo.InvariantCulture, $" TOC \\o \"{Math.Min(top, depth)}-{depth}\" \\h \\z \\u ");
        for (var i = 0; i < entries.Count; i++)
        {
            var (level, text, bookmark) = entries[i];
            var paragraph = new W.Paragraph(new ParagraphProperties
            {
                ParagraphStyleId = new ParagraphStyleId { Val = build.Styles.Id(StyleNames.Toc(level)) },
                Tabs = new Tabs(new TabStop { Val = TabStopValues.Right, Leader = TabStopLeaderCharValues.Dot, Position = build.Page.TextWidthTwips }),
            });
            if (i == 0)
            {
                paragraph.Append(
                    new Run(new FieldChar { FieldCharType = FieldCharValues.Begin }),
                    new Run(new FieldCode(instruction) { Space = SpaceProcessingModeValues.Preserve }),
                    new Run(new FieldChar { FieldCharType = FieldCharValues.Separate }));
            }
            var runs = new List<OpenXmlElement> { InlineWriter.TextRun(build.Clean(text, null), RunFormat.Plain, han: false) };
            if (bookmark is not null)
            {
                var page = new W.Text("1");
                build.TocPages.Add(new TocPageSlot(bookmark, page));
                runs.Add(new Run(new TabChar()));
                runs.Add(new Run(new FieldChar { FieldCharType = FieldCharValues.Begin }));
                runs.Add(new Run(new FieldCode($" PAGEREF {bookmark} \\h ") { Space = SpaceProcessingModeValues.Preserve }));
                runs.Add(new Run(new FieldChar { FieldCharType = FieldCharValues.Separate }));
                runs.Add(new Run(page));
                runs.Add(new Run(new FieldChar { FieldCharType = FieldCharValues.End }));
                paragraph.Append(new Hyperlink(runs) { Anchor = bookmark, History = true });
            }
            else paragraph.Append(runs);
            if (i == entries.Count - 1) paragraph.Append(new Run(new FieldChar { FieldCharType = FieldCharValues.End }));
            result.Add(paragraph);
        }
        return result;
    }
}

/// <summary>One heading listed in the TOC (a class, not a tuple: generic code over tuples is not precompiled, ~2 ms of JIT cold).</summary>
internal sealed record TocEntry(int Level, string Text, string? Bookmark);

/// <summary>The cached page number of one TOC entry, filled in once the pages are estimated.</summary>
internal sealed record TocPageSlot(string Bookmark, W.Text Page);
