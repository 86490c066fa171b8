using GoOverview.Export.Code;
using GoOverview.Model;
using Xunit;

namespace GoOverview.Export.Tests;

public sealed class CodeThemeTests
{
    /// <summary>WCAG 2 contrast ratio of two sRGB colours.</summary>
    public static double Contrast(RgbColor a, RgbColor b)
    {
        double L(RgbColor c)
        {
            static double Channel(byte v)
            {
                var s = v / 255.0;
                return s <= 0.03928 ? s / 12.92 : Math.Pow((s + 0.055) / 1.055, 2.4);
            }
            return 0.2126 * Channel(c.R) + 0.7152 * Channel(c.G) + 0.0722 * Channel(c.B);
        }
        var (x, y) = (L(a), L(b));
        return (Math.Max(x, y) + 0.05) / (Math.Min(x, y) + 0.05);
    }

    public static TheoryData<string> Themes => new(CodeThemes.Names);

    [Theory]
    [MemberData(nameof(Themes))]
    public void Every_token_kind_is_readable_on_the_code_background(string name)
    {
        var theme = CodeThemes.Find(name)!;
        foreach (var kind in TokenKinds.All)
        {
            var ratio = Contrast(theme[kind].Color, theme.Background);
            Assert.True(ratio >= 4.5, $"{name}: {kind} {theme[kind].Color} on {theme.Background} is {ratio:0.00}:1");
        }
    }

    [Fact]
    public void The_default_print_style_tells_at_least_six_kinds_apart_by_colour()
    {
        var colours = TokenKinds.All.Select(k => CodeThemes.Print[k].Color).Distinct().Count();
        Assert.True(colours >= 6, $"{colours} colours");
        Assert.Same(CodeThemes.Print, CodeThemes.Find(CodeThemes.DefaultName));
        Assert.True(CodeThemes.Print[TokenKind.Keyword].Bold);
    }

    [Fact]
    public void Style_names_are_found_ignoring_case_and_unknown_ones_are_not()
    {
        Assert.Same(CodeThemes.Tango, CodeThemes.Find("Tango"));
        Assert.Null(CodeThemes.Find("nosuch"));
    }
}
