namespace GoOverview.Layout;

/// <summary>
/// Pass 5 for justified text: total-fit line breaking in the manner of Knuth and Plass over the break opportunities of
/// pass 3 and the glue of <see cref="JustificationGlue"/>. Every line's badness (100·|ratio|³) and the paragraph's
/// penalties (a break inside a Latin run, a lone Han character on the last line, lines of very different tightness
/// side by side) are weighed over the whole paragraph, so a comma squeezed or a break moved two lines up avoids a
/// loose line further down. Returns null when no break sequence fits (an unbreakable piece wider than the line) or
/// the paragraph is too long to be worth it; the greedy fitter then sets it.
/// </summary>
internal static class TotalFit
{
    public const int MaxClusters = 6000;
    private const double LinePenalty = 10;
    private const double MaxBadness = 1e7; // no cap in effect: two very loose lines still compare
    private const double FitnessDemerits = 3000;
    private const double LoneLastDemerits = 100000;
    private const double InLatinRunPenalty = 50;

    private readonly record struct Node(int Position, double Demerits, int Previous, int Fitness);

    public static ValueList<LineRange>? Fit(Cluster[] c, float width, float firstLineWidth, bool avoidLoneLast)
    {
        if (c.Length > MaxClusters) return null;
        var sums = new Sums(c);
        var lines = new ValueList<LineRange>();
        var start = 0;
        while (start < c.Length)
        {
            var end = start;
            while (end < c.Length - 1 && !c[end].IsNewline) end++;
            var lastSegment = end == c.Length - 1;
            if (!FitSegment(c, sums, start, end, start == 0 ? firstLineWidth : width, width,
                    avoidLoneLast && lastSegment, lines)) return null;
            start = end + 1;
        }
        return lines;
    }

    /// <summary>Lines for clusters start..end (end is a newline or the paragraph's last cluster).</summary>
    private static bool FitSegment(Cluster[] c, Sums sums, int start, int end, float firstWidth, float width,
        bool avoidLoneLast, ValueList<LineRange> lines)
    {
        var (nodes, active) = Buffers();
        nodes.Add(new Node(start - 1, 0, -1, 1));
        active.Add(0);
        var finalNode = -1;
        for (var b = start; b <= end; b++)
        {
            var isFinal = b == end;
            if (!isFinal && !c[b].BreakAfter) continue;
            var best = -1;
            var bestDemerits = double.MaxValue;
            var bestFitness = 1;
            // Survivors are moved down in place (same order): no shifting of the list per removed node.
            var kept = 0;
            for (var k = 0; k < active.Count; k++)
            {
                var a = nodes[active[k]];
                var first = a.Position + 1;
                var available = a.Position == start - 1 ? firstWidth : width;
                var ratio = sums.Ratio(c, first, b, available, isFinal);
                if (ratio < -1) continue; // dropped: only gets wider from here on
                active[kept++] = active[k];
                var badness = double.IsPositiveInfinity(ratio) ? MaxBadness : Math.Min(MaxBadness, 100 * Math.Abs(ratio * ratio * ratio));
                var fitness = FitnessOf(ratio);
                var demerits = (LinePenalty + badness) * (LinePenalty + badness);
                if (!isFinal && IsInLatinRun(c, b)) demerits += InLatinRunPenalty * InLatinRunPenalty;
                if (Math.Abs(fitness - a.Fitness) > 1) demerits += FitnessDemerits;
                if (isFinal && avoidLoneLast && first > start && LineFitter.IsLoneHan(c, new LineRange(first, b, false)))
                    demerits += LoneLastDemerits;
                demerits += a.Demerits;
                if (demerits < bestDemerits)
                {
                    bestDemerits = demerits;
                    best = active[k];
                    bestFitness = fitness;
                }
            }
            active.Truncate(kept);
            if (best < 0)
            {
                if (active.Count == 0) return false;
                continue;
            }
            nodes.Add(new Node(b, bestDemerits, best, bestFitness));
            if (isFinal) finalNode = nodes.Count - 1;
            else active.Add(nodes.Count - 1);
        }
        if (finalNode < 0) return false;
        var breaks = new List<int>();
        for (var n = finalNode; n > 0; n = nodes[n].Previous) breaks.Add(nodes[n].Position);
        breaks.Reverse();
        var from = start;
        foreach (var at in breaks)
        {
            lines.Add(new LineRange(from, at, c[at].IsNewline));
            from = at + 1;
        }
        return true;
    }

    [ThreadStatic] private static ValueList<Node>? NodesOfThread;
    [ThreadStatic] private static ValueList<int>? ActiveOfThread;

    /// <summary>
    /// The node and active lists, emptied, reused by each segment on this thread: a long paragraph has a node per
    /// break opportunity (every Han character), and growing fresh lists for each was a large share of the time.
    /// </summary>
    private static (ValueList<Node> Nodes, ValueList<int> Active) Buffers()
    {
        var nodes = NodesOfThread ??= new ValueList<Node>(256);
        var active = ActiveOfThread ??= new ValueList<int>(64);
        nodes.Clear();
        active.Clear();
        return (nodes, active);
    }

    private static int FitnessOf(double ratio) => ratio switch
    {
        < -0.5 => 0,
        <= 0.5 => 1,
        <= 1 => 2,
        _ => 3,
    };

    /// <summary>A break between two narrow, non-space clusters (after a slash or hyphen of a path or URL).</summary>
    private static bool IsInLatinRun(Cluster[] c, int b) =>
        b + 1 < c.Length && !c[b].IsSpace && !c[b].IsWide && !c[b + 1].IsWide && !c[b + 1].IsSpace;

    /// <summary>Prefix sums of natural width, stretch and shrink, so any line's glue is two subtractions.</summary>
    private sealed class Sums
    {
        private readonly double[] _width;
        private readonly double[] _stretch;
        private readonly double[] _shrink;
        private readonly int[] _lastInk;

        public Sums(Cluster[] c)
        {
            var n = c.Length;
            _width = new double[n + 1];
            _stretch = new double[n + 1];
            _shrink = new double[n + 1];
            _lastInk = new int[n];
            for (var i = 0; i < n; i++)
            {
                _width[i + 1] = _width[i] + c[i].Advance + c[i].Extra;
                _stretch[i + 1] = _stretch[i] + c[i].Stretch;
                _shrink[i + 1] = _shrink[i] + c[i].Shrink;
                _lastInk[i] = c[i].IsSpace || c[i].IsNewline ? (i > 0 ? _lastInk[i - 1] : -1) : i;
            }
        }

        /// <summary>
        /// The adjustment ratio of the line first..last: positive = stretched (of its stretch), negative = shrunk
        /// (below -1 it does not fit), +∞ when it is short and has nothing to stretch. A paragraph's (or segment's)
        /// last line is set ragged: any shortfall is free.
        /// </summary>
        public double Ratio(Cluster[] c, int first, int last, float available, bool isFinal)
        {
            var lastInk = Math.Max(_lastInk[last], first - 1);
            if (lastInk < first) return 0;
            var natural = _width[lastInk + 1] - _width[first] - c[lastInk].Extra - c[lastInk].Hang;
            var shortfall = available - natural;
            if (Math.Abs(shortfall) <= 0.01) return 0;
            if (shortfall > 0)
            {
                if (isFinal) return 0;
                var stretch = _stretch[lastInk] - _stretch[first];
                return stretch > 0 ? shortfall / stretch : double.PositiveInfinity;
            }
            var shrink = _shrink[lastInk] - _shrink[first];
            return shrink > 0 ? Math.Max(-2, shortfall / shrink) : -2;
        }
    }
}
