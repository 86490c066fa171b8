using GoOverview.Rendering.Pdf;
using System.Globalization;
using GoOverview.Layout;
using GoOverview.Model;
using GoOverview.Slides.Measuring;
using GoOverview.Slides.Planning;
using SkiaSharp;

namespace GoOverview.Slides.SlidesPdf;

/// <summary>
/// Draws one planned slide on a PDF page with the boxes, sizes and line heights of the plan, so the page shows
/// what the .pptx shows: text is laid out again with the measuring engine's options at the planned widths, which
/// gives the planned lines.
/// </summary>
internal sealed class SlidePainter(SlideTheme theme, TextEngine engine, GlyphRunPainter runs)
{
    private static readonly RgbColor TitleColor = new(0x00, 0x60, 0x6F);
    private static readonly RgbColor TextColor = new(0x1F, 0x23, 0x28);
    private static readonly RgbColor AccentColor = new(0x00, 0xAD, 0xD8);
    private static readonly RgbColor NumberColor = new(0x6E, 0x77, 0x81);

    private enum Anchor { Top, Middle, Bottom }

    private enum Align { Left, Center, Right }

    private static readonly RgbColor FieldColor = new(0x00, 0x60, 0x6F);
    private static readonly RgbColor TagColor = new(0x00, 0x7D, 0x9C);
    private static readonly RgbColor White = new(0xFF, 0xFF, 0xFF);

    private static void Fill(SKCanvas canvas, Box box, RgbColor color)
    {
        using var paint = new SKPaint { Color = SkiaColor.From(color) };
        canvas.DrawRect((float)box.X, (float)box.Y, (float)box.Width, (float)box.Height, paint);
    }

    public void Draw(SKCanvas canvas, PlannedSlide slide, int number)
    {
        canvas.Clear(SKColors.White);
        using (var accent = new SKPaint { Color = SkiaColor.From(AccentColor) })
            canvas.DrawRect(0, 0, (float)theme.SlideWidth, 6, accent);
        switch (slide)
        {
            case TitleSlide t:
                Fill(canvas, theme.TitleBandBox, FieldColor);
                DrawText(Title(t.Title), t.TitleFontSize, theme.DeckTitleBox, Anchor.Bottom, Align.Center);
                if (t.Subtitle.Length > 0)
                    DrawText([new SlideRun(t.Subtitle, RunStyle.Plain)], theme.DeckSubtitleFontSize, theme.DeckSubtitleBox, Anchor.Top, Align.Center);
                return;
            case SectionSlide s:
                if (s.Number > 0)
                {
                    Fill(canvas, theme.SectionFieldBox, FieldColor);
                    DrawText([new SlideRun(s.Number.ToString("00", CultureInfo.InvariantCulture), RunStyle.Plain with { Bold = true })], theme.SectionNumberFontSize,
                        theme.SectionNumberBox, Anchor.Middle, Align.Center, White);
                }
                DrawText(Title(s.Title), s.TitleFontSize, theme.SectionTitleBox, Anchor.Middle, Align.Left);
                break;
            case TableSlide t:
                DrawText(Title(t.Title), t.TitleFontSize, theme.TitleBox, Anchor.Bottom, Align.Left);
                new TablePainter(theme, (runs, size, width) => Layout(runs, size, width), runs).Draw(canvas, t);
                break;
            case ContentSlide c:
                DrawText(Title(c.Title), c.TitleFontSize, theme.TitleBox, Anchor.Bottom, Align.Left);
                foreach (var band in c.Bands) DrawBand(canvas, band);
                DrawBody(c);
                break;
            case PictureSlide p:
                DrawText(Title(p.Title), p.TitleFontSize, theme.TitleBox, Anchor.Bottom, Align.Left);
                DrawPicture(canvas, p);
                if (p.CaptionBox is { } captionBox) DrawText(p.Caption, p.CaptionFontSize, captionBox, Anchor.Top, Align.Center);
                break;
        }
        if (slide.Tag.Length > 0)
            DrawText([new SlideRun(slide.Tag, RunStyle.Plain with { Bold = true })], theme.TagFontSize, theme.TagBox, Anchor.Bottom, Align.Left, TagColor);
        DrawText([new SlideRun(number.ToString(CultureInfo.InvariantCulture), RunStyle.Plain)], theme.SlideNumberFontSize,
            theme.SlideNumberBox, Anchor.Middle, Align.Right, NumberColor);
    }

    private static SlideRun[] Title(string title) => [new SlideRun(title, TitleFitter.TitleStyle with { Color = TitleColor })];

    private static void DrawBand(SKCanvas canvas, CalloutBand band)
    {
        var box = band.Box;
        using var tint = new SKPaint { Color = SkiaColor.From(band.Tint) };
        canvas.DrawRect((float)box.X, (float)box.Y, (float)box.Width, (float)box.Height, tint);
        using var rule = new SKPaint { Color = SkiaColor.From(band.Rule) };
        canvas.DrawRect((float)box.X, (float)box.Y, (float)CalloutBand.RuleWidth, (float)box.Height, rule);
    }

    /// <summary>Body paragraphs from the top of the body box, each at its planned size, indent and spacing.</summary>
    private void DrawBody(ContentSlide slide)
    {
        if (slide.RightColumn.IsEmpty)
        {
            DrawParagraphs(slide, slide.Body, theme.BodyBox);
            return;
        }
        DrawParagraphs(slide, slide.Body, theme.LeftColumn);
        DrawParagraphs(slide, slide.RightColumn, theme.RightColumn);
    }

    /// <summary>A text box's paragraphs from its top, each at its planned size, indent, spacing and line height.</summary>
    /// <returns>The bottom of the last line.</returns>
    public double DrawParagraphs(ContentSlide slide, IReadOnlyList<SlideParagraph> paragraphs, Box body)
    {
        var y = body.Y + theme.InsetY;
        for (var i = 0; i < paragraphs.Count; i++)
        {
            var paragraph = paragraphs[i];
            var size = theme.ParagraphFontSize(paragraph, slide.FontSize);
            if (i > 0) y += theme.SpaceBefore(paragraph, size, slide.Kind);
            var width = theme.TextAreaWidth(body) - theme.TextIndent(paragraph, size) - size;
            var layout = Layout(paragraph.Runs, size, width);
            var lineHeight = theme.LineHeight(paragraph, size);
            var x = body.X + theme.InsetX + theme.TextIndent(paragraph, size);
            if (paragraph.IsDisplayEquation && layout.Lines.Count > 0)
                x = body.X + theme.InsetX + (theme.TextAreaWidth(body) - layout.Lines[0].Width) / 2;
            if (paragraph.Marker == ParagraphMarker.Bullet && !paragraph.IsContinuation && layout.Lines.Count > 0)
            {
                var marker = Layout([new SlideRun(paragraph.Level == 0 ? "•" : "–", RunStyle.Plain)], size, 100).Lines[0];
                runs.DrawLine(marker, (float)(body.X + theme.InsetX + paragraph.Level * theme.IndentPerLevel), Baseline(y, lineHeight, layout.Lines[0]));
            }
            foreach (var line in layout.Lines)
            {
                runs.DrawLine(line, (float)x, Baseline(y, lineHeight, line));
                y += lineHeight;
            }
        }
        return y;
    }

    private void DrawPicture(SKCanvas canvas, PictureSlide slide)
    {
        using var data = SKData.CreateCopy(slide.Picture.Data);
        using var image = SKImage.FromEncodedData(data);
        if (image is null) return;
        var box = slide.PictureBox;
        canvas.DrawImage(image, new SKRect((float)box.X, (float)box.Y, (float)box.Right, (float)box.Bottom), new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.Linear));
    }

    /// <summary>Text in a box: the width the planner measured (text area less one em of slack), lines of the theme's height, anchored and aligned.</summary>
    private void DrawText(IReadOnlyList<SlideRun> text, double size, Box box, Anchor anchor, Align align, RgbColor? color = null)
    {
        var layout = Layout(text, size, theme.TextAreaWidth(box) - size, color);
        var lineHeight = theme.LineHeight(size);
        var height = layout.Lines.Count * lineHeight;
        var y = anchor switch
        {
            Anchor.Top => box.Y + theme.InsetY,
            Anchor.Middle => box.Y + (box.Height - height) / 2,
            _ => box.Bottom - theme.InsetY - height,
        };
        var left = box.X + theme.InsetX;
        var area = theme.TextAreaWidth(box);
        foreach (var line in layout.Lines)
        {
            var x = align switch
            {
                Align.Center => left + (area - line.Width) / 2,
                Align.Right => left + area - line.Width,
                _ => left,
            };
            runs.DrawLine(line, (float)x, Baseline(y, lineHeight, line));
            y += lineHeight;
        }
    }

    private ParagraphLayout Layout(IReadOnlyList<SlideRun> text, double size, double width, RgbColor? color = null) =>
        engine.Layout(text.Select(r => SlideRunStyles.ToStyled(r, size, _equations, color ?? TextColor)).ToList(), (float)width, LayoutTextMeasurer.Options);

    private readonly GoOverview.Layout.Equations.EquationLayouter _equations = new(engine.Fonts);

    /// <summary>The engine's line (ascent + descent) centred in the theme's exact line height.</summary>
    private static float Baseline(double top, double lineHeight, LaidLine line) => (float)(top + (lineHeight - line.Height) / 2 + line.Baseline);
}
