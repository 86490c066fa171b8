using System.Collections.Immutable;
using GoOverview.Export.Code;

namespace GoOverview.Slides.Planning;

/// <summary>
/// A highlighted code line as slide runs: the monospaced face, each token in its style's colour and weight. Neighbouring
/// tokens that look the same (a keyword's colour, the spaces and punctuation between names) share one run: a slide has
/// no token styles to keep apart, and every run is measured and written on its own.
/// </summary>
internal static class CodeSlideRuns
{
    public static ImmutableArray<SlideRun> Of(IReadOnlyList<CodeToken> tokens, CodeTheme? theme)
    {
        var plain = RunStyle.Plain with { Monospace = true };
        if (tokens.Count == 0) return [new SlideRun(" ", plain)];
        if (theme is null) return [new SlideRun(string.Concat(tokens.Select(t => t.Text)), plain)];
        var runs = ImmutableArray.CreateBuilder<SlideRun>(tokens.Count);
        var text = new System.Text.StringBuilder();
        TokenStyle? current = null;
        foreach (var token in tokens)
        {
            var style = theme[token.Kind];
            if (current is { } open && open != style)
            {
                runs.Add(Run(text.ToString(), open, plain));
                text.Clear();
            }
            current = style;
            text.Append(token.Text);
        }
        runs.Add(Run(text.ToString(), current!.Value, plain));
        return runs.ToImmutable();
    }

    private static SlideRun Run(string text, TokenStyle style, RunStyle plain) =>
        new(text, plain with { Color = style.Color, Bold = style.Bold, Italic = style.Italic });
}
