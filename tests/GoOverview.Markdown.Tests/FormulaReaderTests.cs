using GoOverview.Model;
using GoOverview.Model.Diagnostics;
using Xunit;

namespace GoOverview.Markdown.Tests;

/// <summary>$…$, $$…$$, \(…\) and \[…\] reach the model as TeX untouched; prices and shell variables stay text.</summary>
public sealed class FormulaReaderTests
{
    private static Document Read(string markdown) => Read(markdown, new DiagnosticBag());

    private static Document Read(string markdown, DiagnosticBag diagnostics) => MarkdownReader.Read(markdown, "test.md", null, diagnostics);

    private static List<Formula> Formulas(Document document) =>
        DocumentWalker.AllInlines(document).OfType<Formula>().ToList();

    [Fact]
    public void Tex_escapes_inside_a_formula_are_not_markdown_escapes()
    {
        var formula = Assert.Single(Formulas(Read("积分 $\\int x^2 \\, dx$ 的值")));
        Assert.Equal("\\int x^2 \\, dx", formula.Tex);
        Assert.False(formula.Display);
    }

    [Theory]
    [InlineData("价格 $5 和 $10 不是公式")]
    [InlineData("**export PATH=$HOME/bin:$PATH**")]
    [InlineData("单独的 $ 符号")]
    [InlineData("$ x$ 前面有空格")]
    [InlineData("`$x$` 在代码里")]
    [InlineData("转义 \\$x\\$ 不是公式")]
    public void Prices_shell_variables_code_and_escapes_are_not_math(string markdown)
    {
        Assert.Empty(Formulas(Read(markdown)));
    }

    [Fact]
    public void A_paragraph_that_is_one_display_formula_is_a_display_equation()
    {
        var document = Read("前文\n\n$$\\sum_{i=1}^n i$$\n\n$$\n\\frac{a}{b}\n$$\n\n\\[ x^2 \\]\n\n后文 $$y$$ 也行");
        var displays = document.Blocks.Select(Formula.DisplayEquationOf).Where(f => f is not null).ToList();
        Assert.Equal(["\\sum_{i=1}^n i", "\\frac{a}{b}", " x^2 "], displays.Select(f => f!.Tex));
        Assert.Contains(Formulas(document), f => f is { Tex: "y", Display: true });
    }

    [Fact]
    public void Parenthesised_inline_math_is_read()
    {
        var formula = Assert.Single(Formulas(Read("行内 \\(a^2 + b^2\\) 公式")));
        Assert.Equal("a^2 + b^2", formula.Tex);
    }

    [Fact]
    public void An_unsupported_command_is_reported_once_at_its_line_and_column()
    {
        var diagnostics = new DiagnosticBag();
        Read("第一行\n\n第三行 $x + \\foo$ 结束", diagnostics);
        var warning = Assert.Single(diagnostics.Items, d => d.Code == "math-unsupported");
        Assert.Equal(3, warning.Location!.Line);
        Assert.Equal(10, warning.Location.Column); // the backslash of \foo
    }
}
