using System.Collections.Immutable;

namespace GoOverview.Slides.Planning;

/// <summary>Cuts a paragraph's runs at a character offset of its text (where a measured line starts).</summary>
internal static class RunSplitter
{
    public static (ImmutableArray<SlideRun> Head, ImmutableArray<SlideRun> Tail) Split(IReadOnlyList<SlideRun> runs, int offset)
    {
        var head = ImmutableArray.CreateBuilder<SlideRun>();
        var tail = ImmutableArray.CreateBuilder<SlideRun>();
        var position = 0;
        foreach (var run in runs)
        {
            var end = position + run.Text.Length;
            if (end <= offset) head.Add(run);
            else if (position >= offset) tail.Add(run);
            else
            {
                head.Add(run with { Text = run.Text[..(offset - position)] });
                tail.Add(run with { Text = run.Text[(offset - position)..] });
            }
            position = end;
        }
        if (head.Count > 0) head[^1] = head[^1] with { Text = head[^1].Text.TrimEnd() };
        if (tail.Count > 0) tail[0] = tail[0] with { Text = tail[0].Text.TrimStart() };
        return (head.Where(r => r.Text.Length > 0).ToImmutableArray(), tail.Where(r => r.Text.Length > 0).ToImmutableArray());
    }
}
