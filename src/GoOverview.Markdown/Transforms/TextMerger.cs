using System.Collections.Immutable;
using System.Text;
using GoOverview.Model;

namespace GoOverview.Markdown.Transforms;

/// <summary>Joins adjacent Text nodes and drops empty ones, so writers and tests see one run per text stretch.</summary>
internal static class TextMerger
{
    public static ImmutableArray<Inline> Apply(ImmutableArray<Inline> inlines)
    {
        var needsWork = false;
        for (var i = 0; i < inlines.Length && !needsWork; i++)
            needsWork = inlines[i] is Text { Value.Length: 0 } || (i > 0 && inlines[i] is Text && inlines[i - 1] is Text);
        if (!needsWork) return inlines;

        var result = ImmutableArray.CreateBuilder<Inline>(inlines.Length);
        var pending = new StringBuilder();
        foreach (var inline in inlines)
        {
            if (inline is Text t)
            {
                pending.Append(t.Value);
                continue;
            }
            Flush();
            result.Add(inline);
        }
        Flush();
        return result.ToImmutable();

        void Flush()
        {
            if (pending.Length > 0) result.Add(new Text(pending.ToString()));
            pending.Clear();
        }
    }
}
