using System.Collections.Immutable;
using System.Text;
using System.Text.RegularExpressions;
using GoOverview.Model;

namespace GoOverview.Markdown.Constructs;

/// <summary>
/// MkDocs attribute lists right after an image — <c>![a](b.png){ width="300" }</c>, <c>{: .center }</c>,
/// <c>{ class="…" #id }</c> — are consumed (the model keeps no image size or class, so they are dropped silently).
/// Only a list directly after an image is taken: "{…}" anywhere else is text (code-like prose needs its braces).
/// </summary>
internal static partial class ImageAttributeLists
{
    public static ImmutableArray<Inline> Strip(ImmutableArray<Inline> inlines)
    {
        if (!HasCandidate(inlines)) return inlines;
        var result = ImmutableArray.CreateBuilder<Inline>(inlines.Length);
        var i = 0;
        while (i < inlines.Length)
        {
            result.Add(inlines[i]);
            if (inlines[i] is not Image || i + 1 >= inlines.Length || inlines[i + 1] is not Text { Value: ['{', ..] })
            {
                i++;
                continue;
            }
            // Markdig may have cut the list into several literals (at quotes, underscores…): join the texts that follow.
            var end = i + 1;
            var joined = new StringBuilder();
            while (end < inlines.Length && inlines[end] is Text t)
            {
                joined.Append(t.Value);
                end++;
            }
            var match = Pattern().Match(joined.ToString());
            if (!match.Success)
            {
                i++;
                continue;
            }
            var rest = joined.ToString(match.Length, joined.Length - match.Length);
            if (rest.Length > 0) result.Add(new Text(rest));
            i = end;
        }
        return result.ToImmutable();
    }

    private static bool HasCandidate(ImmutableArray<Inline> inlines)
    {
        for (var i = 0; i + 1 < inlines.Length; i++)
            if (inlines[i] is Image && inlines[i + 1] is Text { Value: ['{', ..] }) return true;
        return false;
    }

    [GeneratedRegex("""^\{:?[ \t]*(?:(?:[.#][\w-]+|[\w-]+(?:=(?:"[^"\n]*"|'[^'\n]*'|[^\s"'}]+))?)[ \t]*)+\}""")]
    private static partial Regex Pattern();
}
