using GoOverview.Layout;
using GoOverview.Pdf.Paging;
using GoOverview.Pdf.Theme;

namespace GoOverview.Pdf.Flow;

/// <summary>The table of contents: a title, then every H2 (bold) and deeper headings up to the depth (indented a
/// step per level) with dot leaders and page numbers.</summary>
internal static class TocBuilder
{
    public static List<Slice> Build(string title, IReadOnlyList<HeadingMark> headings, int depth, TextEngine engine, PdfTheme theme, PageNumbers pages, float width)
    {
        var slices = new List<Slice>();
        var titleLayout = engine.Layout([new StyledRun(title, FaceKind.Bold, theme.HeadingSize(2), theme.Heading)], width,
            new ParagraphOptions(TextAlignment.Left, theme.HeadingLineHeight));
        foreach (var line in titleLayout.Lines)
            slices.Add(new LineSlice { Line = line, Height = line.Height + 10, KeepWithNext = true });
        var numberWidth = 3f * theme.BodySize;
        var leader = engine.Layout([new StyledRun(".", FaceKind.Regular, theme.BodySize, theme.Muted)], width).Lines[0].Runs[0];
        foreach (var h in headings)
        {
            if (h.Level < 2 || h.Level > depth) continue;
            var major = h.Level == 2;
            var size = major ? theme.BodySize + 0.5f : theme.BodySize;
            var indent = (h.Level - 2) * 1.6f * theme.BodySize;
            var face = major ? FaceKind.Bold : FaceKind.Regular;
            var layout = engine.Layout([new StyledRun(h.Title, face, size, theme.Text)], width - indent - numberWidth,
                new ParagraphOptions(TextAlignment.Left, 1.75f, AvoidLoneLastCharacter: false));
            for (var i = 0; i < layout.Lines.Count; i++)
            {
                var last = i == layout.Lines.Count - 1;
                slices.Add(last
                    ? new TocEntrySlice
                    {
                        Title = layout.Lines[i], Target = h, Width = width, Engine = engine, Pages = pages, Size = size,
                        Color = theme.Text, Bold = major, Leader = leader, Height = layout.Lines[i].Height, Indent = indent,
                        SpaceBefore = i == 0 && major ? 6 : 0, KeepWithNext = major,
                    }
                    : new LineSlice { Line = layout.Lines[i], Height = layout.Lines[i].Height, Indent = indent, KeepWithNext = true, SpaceBefore = i == 0 && major ? 6 : 0 });
            }
        }
        return slices;
    }
}
