using GoOverview.Fonts;
using System.Text;
using GoOverview.Model;
using GoOverview.Model.Diagnostics;

namespace GoOverview.Layout;

/// <summary>
/// The paragraph text engine shared by the writers: itemize → shape → break opportunities → CJK spacing → fit
/// lines → justify and position glyphs. Units are points. One engine per document; not for concurrent use.
/// </summary>
public sealed class TextEngine(ShapingFonts fonts)
{
    private readonly Itemizer _itemizer = new(fonts.Library, fonts);

    public ShapingFonts Fonts { get; } = fonts;

    /// <summary>Characters no bundled font covers that were laid out so far (drawn as □).</summary>
    public IReadOnlyCollection<int> MissingCharacters => _itemizer.Missing;

    /// <summary>Sets runs in lines of at most <paramref name="width"/> points.</summary>
    public ParagraphLayout Layout(IReadOnlyList<StyledRun> runs, float width, ParagraphOptions? options = null)
    {
        options ??= ParagraphOptions.Default;
        var prepared = Prepare(runs, options);
        if (prepared is null) return ParagraphLayout.Empty;
        var (text, items, clusters) = (prepared.Text, prepared.Items, prepared.Clusters);
        var firstWidth = Math.Max(1, width - options.FirstLineIndent);
        var ranges = LineFitter.Fit(clusters, width, firstWidth, options.AvoidLoneLastCharacter,
            totalFit: options.Alignment == TextAlignment.Justify);
        var lines = new List<LaidLine>(ranges.Count);
        var top = 0f;
        var widest = 0f;
        for (var i = 0; i < ranges.Count; i++)
        {
            var indent = i == 0 ? options.FirstLineIndent : 0;
            var line = LineBuilder.Build(text, items, clusters, ranges[i], indent, width - indent, top, options,
                isLastLine: i == ranges.Count - 1);
            lines.Add(line);
            top += line.Height;
            widest = Math.Max(widest, line.Left + line.Width);
        }
        return new ParagraphLayout(lines, top, widest);
    }

    /// <summary>
    /// How many lines <see cref="Layout"/> would set the runs in (the same fitting), without positioning any glyph:
    /// for estimates that need only the height.
    /// </summary>
    public int CountLines(IReadOnlyList<StyledRun> runs, float width, ParagraphOptions? options = null)
    {
        options ??= ParagraphOptions.Default;
        var prepared = Prepare(runs, options);
        if (prepared is null) return 0;
        var firstWidth = Math.Max(1, width - options.FirstLineIndent);
        return LineFitter.Fit(prepared.Clusters, width, firstWidth, options.AvoidLoneLastCharacter,
            totalFit: options.Alignment == TextAlignment.Justify).Count;
    }

    /// <summary>Width of the runs set on one line (no wrapping), e.g. for table column sizing or slide titles.</summary>
    public float MeasureWidth(IReadOnlyList<StyledRun> runs)
    {
        var prepared = Prepare(runs, ParagraphOptions.Default);
        if (prepared is null) return 0;
        var clusters = prepared.Clusters;
        var widest = 0f;
        var start = 0;
        for (var i = 0; i <= clusters.Length; i++)
        {
            if (i < clusters.Length && !clusters[i].IsNewline) continue;
            if (i > start) widest = Math.Max(widest, LineFitter.NaturalWidth(clusters, start, i - 1));
            start = i + 1;
        }
        return widest;
    }

    /// <summary>Width of the widest piece that cannot break (a long word, a CJK character): the narrowest useful column.</summary>
    public float MinContentWidth(IReadOnlyList<StyledRun> runs)
    {
        var prepared = Prepare(runs, ParagraphOptions.Default);
        if (prepared is null) return 0;
        var clusters = prepared.Clusters;
        var widest = 0f;
        var start = 0;
        for (var i = 0; i < clusters.Length; i++)
        {
            if (!clusters[i].BreakAfter && !clusters[i].IsNewline && i < clusters.Length - 1) continue;
            widest = Math.Max(widest, LineFitter.NaturalWidth(clusters, start, i));
            start = i + 1;
        }
        return widest;
    }

    /// <summary>Reports the missing characters (if any) as one warning listing them.</summary>
    public void ReportMissing(DiagnosticBag diagnostics, SourceLocation? location)
    {
        var missing = MissingCharacters;
        if (missing.Count == 0) return;
        var list = new StringBuilder();
        var shown = 0;
        foreach (var cp in missing)
        {
            if (shown++ == 40) break;
            if (list.Length > 0) list.Append(' ');
            list.Append(char.ConvertFromUtf32(cp)).Append($" (U+{cp:X4})");
        }
        if (missing.Count > 40) list.Append($" … and {missing.Count - 40} more");
        diagnostics.ReportOnce(DocumentCharacters.CoverageKey, new Diagnostic(Severity.Warning, "missing-glyph",
            $"{missing.Count} character(s) have no glyph in any bundled font and are drawn as □: {list}", location));
    }

    private sealed record PreparedText(string Text, List<ShapedItem> Items, Cluster[] Clusters);

    private PreparedText? Prepare(IReadOnlyList<StyledRun> runs, ParagraphOptions options)
    {
        var itemized = _itemizer.Itemize(runs);
        if (itemized.Text.Length == 0) return null;
        var items = Shaper.Shape(itemized, Fonts);
        var breaks = BreakOpportunities.Find(itemized.Text);
        var clusters = Clusters.Build(itemized.Text, items, breaks);
        CjkSpacing.Apply(clusters, options.CjkLatinSpacing);
        JustificationGlue.Apply(clusters);
        return new PreparedText(itemized.Text, items, clusters);
    }
}
