using System.Collections.Immutable;

namespace GoOverview.Slides.Planning.Condensing;

/// <summary>
/// No space before full-width punctuation or between two Chinese characters (a soft line break in the source
/// becomes a space, which Chinese text does not have): such spaces are dropped, across run boundaries too.
/// </summary>
internal static class PunctuationSpacing
{
    private const string FullWidthPunctuation = "，。、；：！？）」』”’》】…";

    public static ImmutableArray<SlideRun> Clean(ImmutableArray<SlideRun> runs)
    {
        var text = string.Concat(runs.Select(r => r.Text));
        if (!text.Contains(' ')) return runs;
        var drop = new bool[text.Length];
        var any = false;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] != ' ') continue;
            var next = i + 1 < text.Length ? text[i + 1] : '\0';
            var previous = i > 0 ? text[i - 1] : '\0';
            if (FullWidthPunctuation.Contains(next) || (IsHan(previous) && IsHan(next)) || "（「『“‘《【".Contains(previous))
                drop[i] = any = true;
        }
        if (!any) return runs;
        var result = ImmutableArray.CreateBuilder<SlideRun>();
        var offset = 0;
        foreach (var run in runs)
        {
            var kept = new System.Text.StringBuilder();
            for (var i = 0; i < run.Text.Length; i++)
                if (!drop[offset + i]) kept.Append(run.Text[i]);
            offset += run.Text.Length;
            if (kept.Length > 0) result.Add(run with { Text = kept.ToString() });
        }
        return result.ToImmutable();
    }

    private static bool IsHan(char c) => c >= '\u3400' && c <= '\u9FFF';
}
