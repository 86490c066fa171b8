using GoOverview.Fonts;
using GoOverview.Layout;
using GoOverview.Slides.Planning;

namespace GoOverview.Slides.Measuring;

/// <summary>
/// Measures slide text with the shared text engine (HarfBuzz shaping of the bundled fonts, CJK line breaking with
/// 禁则, Han–Latin spacing): the same breaking the PDF handout uses.
/// </summary>
internal sealed class LayoutTextMeasurer : ITextMeasurer, IDisposable
{
    /// <summary>
    /// The line-breaking options of all slide text; slide writers that draw text themselves lay it out with these so
    /// their lines are the measured ones.
    /// </summary>
    public static readonly ParagraphOptions Options = ParagraphOptions.Default with { Alignment = TextAlignment.Left, LineHeight = 1 };

    private readonly TextEngine _engine;

    /// <summary>Measures with the given shaping data (the writers use the deck's font subsets).</summary>
    public LayoutTextMeasurer(ShapingFonts fonts)
    {
        _engine = new TextEngine(fonts);
        _equations = new Layout.Equations.EquationLayouter(fonts);
    }

    private readonly Layout.Equations.EquationLayouter _equations;

    /// <summary>Measures with the whole bundled fonts (an independent re-measure in tests).</summary>
    public LayoutTextMeasurer(FontLibrary library) : this(ShapingFonts.Full(library))
    {
        _ownedFonts = _engine.Fonts;
    }

    private readonly ShapingFonts? _ownedFonts;

    public IReadOnlyList<MeasuredLine> BreakLines(IReadOnlyList<SlideRun> runs, double fontSize, double width)
    {
        var styled = runs.Select(r => SlideRunStyles.ToStyled(r, fontSize, _equations)).ToList();
        var layout = _engine.Layout(styled, (float)width, Options);
        var text = string.Concat(runs.Select(r => r.Text));
        if (layout.Lines.Count == 0) return [new MeasuredLine(0, text.Length, 0)];
        return Ranges(text, layout.Lines);
    }

    public double DisplayHeightEm(GoOverview.Model.Formula formula)
    {
        const float size = 100;
        var box = _equations.Layout(GoOverview.Formulas.Parsing.TexParser.Parse(formula.Tex).Root, display: true, size);
        return (box.Ascent + box.Descent) / size;
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

    public void Dispose() => _ownedFonts?.Dispose();
}
