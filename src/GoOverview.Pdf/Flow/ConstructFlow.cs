using GoOverview.Layout;
using GoOverview.Model;
using GoOverview.Pdf.Paging;

namespace GoOverview.Pdf.Flow;

/// <summary>Callouts (tinted boxes), tab sets (labelled sections), definition lists, page breaks and the TOC's place.</summary>
internal sealed partial class FlowBuilder
{
    private const int ShortCalloutSlices = 8;

    private void AddCallout(Callout callout, Frame frame)
    {
        var style = CalloutStyles.For(callout.Kind);
        var size = _theme.BodySize;
        var padX = 0.9f * size;
        var padY = 0.6f * size;
        var left = BoxDecoration.RuleWidth + padX;
        var inner = frame with { Indent = frame.Indent + left, Width = frame.Width - left - padX };
        var first = _slices.Count;
        _slices.Add(new PaddingSlice { Height = padY, Indent = frame.Indent, SpaceBefore = Math.Max(_pendingSpace, _theme.ParagraphSpacing + 4), KeepWithNext = true });
        var runs = _inlines.Build(CalloutStyles.Heading(callout, _words), new InlineStyle(FaceKind.Bold, size, style.Accent));
        var title = _engine.Layout(runs, inner.Width, new ParagraphOptions(TextAlignment.Left, _theme.LineHeight, AvoidLoneLastCharacter: false));
        AddLines(title, inner, 0, keepAll: true);
        _pendingSpace = 0.25f * size;
        foreach (var block in callout.Blocks) AddBlock(block, inner);
        // A short callout is not split over two pages; a long one keeps its bottom padding with its last line.
        var keepWhole = _slices.Count - first <= ShortCalloutSlices;
        for (var i = keepWhole ? first : _slices.Count - 1; i < _slices.Count; i++) _slices[i].KeepWithNext = true;
        _slices.Add(new PaddingSlice { Height = padY, Indent = frame.Indent });
        var box = new BoxDecoration(frame.Indent, frame.Width, style.Accent, style.Tint, padY);
        for (var i = first; i < _slices.Count; i++) _slices[i].Boxes = _slices[i].Boxes is { } inside ? [box, .. inside] : [box];
        _pendingSpace = _theme.ParagraphSpacing + 4;
    }

    /// <summary>Each tab's label as a small tinted tab above its content, the tabs one after another.</summary>
    private void AddTabSet(TabSet set, Frame frame)
    {
        var size = _theme.BodySize - 1;
        var pad = 0.5f * size;
        foreach (var tab in set.Tabs)
        {
            var runs = _inlines.Build(tab.Label.IsDefaultOrEmpty ? [new Text("·")] : tab.Label, new InlineStyle(FaceKind.Bold, size, _theme.Accent));
            var layout = _engine.Layout(runs, frame.Width - 2 * pad, new ParagraphOptions(TextAlignment.Left, _theme.LineHeight, AvoidLoneLastCharacter: false));
            for (var i = 0; i < layout.Lines.Count; i++)
            {
                var line = layout.Lines[i];
                _slices.Add(new LineSlice
                {
                    Line = Shifted(line, pad),
                    Height = line.Height,
                    Indent = frame.Indent,
                    QuoteBars = frame.QuoteBars,
                    Band = _theme.CodeBackground,
                    BandWidth = Math.Min(frame.Width, line.Width + 2 * pad),
                    SpaceBefore = i == 0 ? Math.Max(_pendingSpace, _theme.ParagraphSpacing + 6) : 0,
                    KeepWithNext = true,
                });
            }
            _pendingSpace = 3;
            foreach (var block in tab.Blocks) AddBlock(block, frame);
        }
        _pendingSpace = Math.Max(_pendingSpace, _theme.ParagraphSpacing + 4);
    }

    /// <summary>Terms bold on their own lines; definitions indented below them.</summary>
    private void AddDefinitions(DefinitionList list, Frame frame)
    {
        var inner = frame.Inset(2 * _theme.BodySize);
        foreach (var item in list.Items)
        {
            foreach (var term in item.Terms)
            {
                var runs = _inlines.Build(term, new InlineStyle(FaceKind.Bold, _theme.BodySize, frame.TextColor));
                if (runs.Count == 0) continue;
                var layout = _engine.Layout(runs, frame.Width, new ParagraphOptions(TextAlignment.Left, _theme.LineHeight, AvoidLoneLastCharacter: false));
                AddLines(layout, frame, Math.Max(_pendingSpace, _theme.ParagraphSpacing), keepAll: true);
                _pendingSpace = 1;
            }
            foreach (var definition in item.Definitions)
            {
                foreach (var block in definition) AddBlock(block, inner);
                _pendingSpace = Math.Max(_pendingSpace, 2);
            }
            _pendingSpace = _theme.ParagraphSpacing;
        }
    }

    /// <summary>The line moved right by dx (glyph pen positions are relative to the line's left edge).</summary>
    private static LaidLine Shifted(LaidLine line, float dx) => line with
    {
        Runs = line.Runs.Select(r => r with { X = r.X.Select(x => x + dx).ToArray(), Left = r.Left + dx, Right = r.Right + dx }).ToList(),
    };

    private void AddFlowBreak(FlowBreakKind kind)
    {
        _slices.Add(new FlowBreakSlice(kind));
        _pendingSpace = 0;
    }
}
