using GoOverview.Export.Code;
using GoOverview.Slides.Planning;
using Xunit;

namespace GoOverview.Slides.Tests;

public sealed class CodeSlideRunsTests
{
    [Fact]
    public void Neighbouring_tokens_that_look_the_same_share_one_run_and_keep_every_character()
    {
        // "if err != nil {": keyword, then a variable and plain text in the theme's text colour, the operator, a constant.
        CodeToken[] tokens =
        [
            new("if", TokenKind.Keyword), new(" ", TokenKind.Normal), new("err", TokenKind.Variable), new(" ", TokenKind.Normal),
            new("!=", TokenKind.Operator), new(" ", TokenKind.Normal), new("nil", TokenKind.Constant), new(" {", TokenKind.Normal),
        ];

        var runs = CodeSlideRuns.Of(tokens, CodeThemes.Print);

        Assert.Equal(string.Concat(tokens.Select(t => t.Text)), string.Concat(runs.Select(r => r.Text)));
        Assert.Equal(["if", " err ", "!=", " ", "nil", " {"], runs.Select(r => r.Text));
        Assert.True(runs[0].Style.Bold);
        Assert.Equal(CodeThemes.Print[TokenKind.Constant].Color, runs[4].Style.Color);
        for (var i = 1; i < runs.Length; i++)
            Assert.NotEqual((runs[i - 1].Style.Color, runs[i - 1].Style.Bold), (runs[i].Style.Color, runs[i].Style.Bold));
    }
}
