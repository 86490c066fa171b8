using System.Collections.Immutable;
using GoOverview.Export.Code;

namespace GoOverview.Slides.Planning;

/// <summary>A highlighted code line as slide runs: the monospaced face, each token in its style's colour and weight.</summary>
internal static class CodeSlideRuns
{
    public static ImmutableArray<SlideRun> Of(IReadOnlyList<CodeToken> tokens, CodeTheme? theme)
    {
        var plain = RunStyle.Plain with { Monospace = true };
        if (tokens.Count == 0) return [new SlideRun(" ", plain)];
        if (theme is null) return [new SlideRun(string.Concat(tokens.Select(t => t.Text)), plain)];
        var runs = ImmutableArray.CreateBuilder<SlideRun>(tokens.Count);
        foreach (var token in tokens)
        {
            var style = theme[token.Kind];
            runs.Add(new SlideRun(token.Text, plain with { Color = style.Color, Bold = style.Bold, Italic = style.Italic }));
        }
        return runs.MoveToImmutable();
    }
}
