using System.Collections.Immutable;

namespace GoOverview.Slides.Planning;

/// <summary>Cuts a paragraph's runs once, at a character offset of its text (where a measured line starts).</summary>
internal static class RunSplitter
{
    public static (ImmutableArray<SlideRun> Head, ImmutableArray<SlideRun> Tail) Split(IReadOnlyList<SlideRun> runs, int offset)
    {
        var cutter = new RunCutter(runs);
        var head = cutter.Take(offset);
        return (head, cutter.Rest());
    }
}
