using GoOverview.Fonts;
using GoOverview.Layout;
using GoOverview.Model;
using GoOverview.Slides.Planning;

namespace GoOverview.Slides.Measuring;

/// <summary>
/// Measures slide text with the shared text engine (HarfBuzz shaping of the bundled fonts, CJK line breaking with
/// 禁则, Han–Latin spacing): the same breaking the PDF handout uses.
/// </summary>
internal sealed class LayoutTextMeasurer : ITextMeasurer, IDisposable
{
    private static readonly ParagraphOptions Options = ParagraphOptions.Default with { Alignment = TextAlignment.Left, LineHeight = 1 };

    private readonly ShapingFonts _fonts;
    private readonly TextEngine _engine;

    public LayoutTextMeasurer(FontLibrary library)
    {
        _fonts = ShapingFonts.Full(library);
        _engine = new TextEngine(_fonts);
    }

    public IReadOnlyList<MeasuredLine> BreakLines(IReadOnlyList<SlideRun> runs, double fontSize, double width)
    {
        var styled = runs.Select(r => ToStyled(r, fontSize)).ToList();
        var layout = _engine.Layout(styled, (float)width, Options);
        var text = string.Concat(runs.Select(r => r.Text));
        if (layout.Lines.Count == 0) return [new MeasuredLine(0, text.Length, 0)];
        return Ranges(text, layout.Lines);
    }

    /// <summary>
    /// Where each laid-out line lies in the paragraph text. The engine gives each line's text (trailing spaces
    /// dropped), so the lines are found in order; a line starts where the one before it ended, after spaces.
    /// </summary>
    private static List<MeasuredLine> Ranges(string text, IReadOnlyList<LaidLine> lines)
    {
        var result = new List<MeasuredLine>(lines.Count);
        var cursor = 0;
        foreach (var line in lines)
        {
            while (cursor < text.Length && char.IsWhiteSpace(text[cursor])) cursor++;
            var start = line.Text.Length == 0 ? cursor : text.IndexOf(line.Text, cursor, StringComparison.Ordinal);
            if (start < 0) start = cursor;
            var end = Math.Min(text.Length, start + line.Text.Length);
            result.Add(new MeasuredLine(start, end, line.Width));
            cursor = end;
        }
        return result;
    }

    private static StyledRun ToStyled(SlideRun run, double fontSize)
    {
        var face = run.Style.Monospace ? FaceKind.Mono : run.Style.Bold ? FaceKind.Bold : FaceKind.Regular;
        return new StyledRun(run.Text, face, (float)fontSize, run.Style.Color ?? RgbColor.Black);
    }

    public void Dispose() => _fonts.Dispose();
}
