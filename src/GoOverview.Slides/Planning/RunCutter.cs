using System.Collections.Immutable;

namespace GoOverview.Slides.Planning;

/// <summary>
/// Cuts a paragraph's runs into consecutive pieces at character offsets of its text (where measured lines start),
/// walking the runs once however many pieces there are. Spaces at each cut are trimmed from both sides.
/// </summary>
internal sealed class RunCutter(IReadOnlyList<SlideRun> runs)
{
    private int _run;       // index of the run holding the cursor
    private int _runStart;  // text offset where that run begins
    private int _position;  // text offset of the cursor

    /// <summary>The runs from the cursor up to offset (exclusive); the cursor moves to offset.</summary>
    public ImmutableArray<SlideRun> Take(int offset) => Take(offset, trimEnd: true);

    /// <summary>Everything after the cursor (its end untrimmed: it is the paragraph's own end).</summary>
    public ImmutableArray<SlideRun> Rest() => Take(int.MaxValue, trimEnd: false);

    private ImmutableArray<SlideRun> Take(int offset, bool trimEnd)
    {
        var afterCut = _position > 0;
        var piece = ImmutableArray.CreateBuilder<SlideRun>();
        while (_run < runs.Count && _position < offset)
        {
            var run = runs[_run];
            var end = _runStart + run.Text.Length;
            var stop = (int)Math.Min(end, (long)offset);
            piece.Add(Part(run, _position - _runStart, stop - _runStart));
            _position = stop;
            if (stop < end) break;
            _run++;
            _runStart = end;
        }
        return Trimmed(piece, afterCut, trimEnd);
    }

    // A piece of a formula is no longer that formula: it is written as its text only.
    private static SlideRun Part(SlideRun run, int from, int to) =>
        from == 0 && to == run.Text.Length ? run : run with { Text = run.Text[from..to], Formula = null };

    private static ImmutableArray<SlideRun> Trimmed(ImmutableArray<SlideRun>.Builder piece, bool trimStart, bool trimEnd)
    {
        if (trimEnd && piece.Count > 0) piece[^1] = piece[^1] with { Text = piece[^1].Text.TrimEnd() };
        if (trimStart && piece.Count > 0) piece[0] = piece[0] with { Text = piece[0].Text.TrimStart() };
        return piece.Where(r => r.Text.Length > 0).ToImmutableArray();
    }
}
