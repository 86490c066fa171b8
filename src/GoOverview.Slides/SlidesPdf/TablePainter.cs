using GoOverview.Layout;
using GoOverview.Model;
using GoOverview.Rendering.Pdf;
using GoOverview.Slides.Planning;
using GoOverview.Slides.Planning.Condensing;
using GoOverview.Slides.Pptx;
using SkiaSharp;

namespace GoOverview.Slides.SlidesPdf;

/// <summary>Draws a planned table as the .pptx shows it: filled header row, banded rows, each cell's text at the planned width, centred in its row.</summary>
internal sealed class TablePainter(SlideTheme theme, Func<IReadOnlyList<SlideRun>, double, double, ParagraphLayout> layout, GlyphRunPainter runs)
{
    public void Draw(SKCanvas canvas, TableSlide slide)
    {
        var y = slide.Frame.Y;
        var rows = slide.Rows.Insert(0, slide.Header);
        for (var r = 0; r < rows.Length; r++)
        {
            var height = slide.RowHeights[r];
            var fill = r == 0 ? TableXml.HeaderFill : r % 2 == 0 ? TableXml.BandFill : new RgbColor(0xFF, 0xFF, 0xFF);
            using (var paint = new SKPaint { Color = SkiaColor.From(fill) })
                canvas.DrawRect((float)slide.Frame.X, (float)y, (float)slide.Frame.Width, (float)height, paint);
            var x = slide.Frame.X;
            for (var c = 0; c < rows[r].Length; c++)
            {
                var cell = rows[r][c];
                var textWidth = TablePlanner.CellTextWidth(slide.ColumnWidths[c], slide.FontSize);
                var laid = layout(cell.Runs, slide.FontSize, textWidth);
                var lineHeight = theme.LineHeight(slide.FontSize);
                var top = y + (height - laid.Lines.Count * lineHeight) / 2;
                foreach (var line in laid.Lines)
                {
                    var left = x + TableSlide.PaddingX + cell.Alignment switch
                    {
                        ColumnAlignment.Center => (slide.ColumnWidths[c] - 2 * TableSlide.PaddingX - line.Width) / 2,
                        ColumnAlignment.Right => slide.ColumnWidths[c] - 2 * TableSlide.PaddingX - line.Width,
                        _ => 0,
                    };
                    runs.DrawLine(line, (float)left, (float)(top + (lineHeight - line.Height) / 2 + line.Baseline));
                    top += lineHeight;
                }
                x += slide.ColumnWidths[c];
            }
            y += height;
        }
    }
}
