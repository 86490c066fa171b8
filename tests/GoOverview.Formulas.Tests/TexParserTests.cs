using CsCheck;
using GoOverview.Formulas.Parsing;
using GoOverview.Formulas.Tree;
using Xunit;

namespace GoOverview.Formulas.Tests;

public sealed class TexParserTests
{
    private static MathNode Parse(string tex)
    {
        var parsed = TexParser.Parse(tex);
        Assert.True(parsed.Problems.IsEmpty, string.Join("; ", parsed.Problems));
        return parsed.Root;
    }

    [Fact]
    public void Scripts_attach_to_the_previous_atom_in_either_order()
    {
        var scripts = Assert.IsType<MathScripts>(Parse("x_i^2"));
        Assert.Equal("x", Assert.IsType<MathAtom>(scripts.Base).Text);
        Assert.Equal("i", Assert.IsType<MathAtom>(scripts.Sub).Text);
        Assert.Equal("2", Assert.IsType<MathAtom>(scripts.Sup).Text);
        Assert.Equal(scripts, Parse("x^2_i"));
    }

    [Fact]
    public void Fraction_arguments_may_be_single_characters()
    {
        var fraction = Assert.IsType<MathFraction>(Parse("\\frac12"));
        Assert.Equal("1", Assert.IsType<MathAtom>(fraction.Numerator).Text);
        Assert.Equal("2", Assert.IsType<MathAtom>(fraction.Denominator).Text);
    }

    [Fact]
    public void Numbers_keep_their_decimal_point_and_minus_is_the_math_minus()
    {
        var row = Assert.IsType<MathRow>(Parse("3.14-x"));
        Assert.Equal(new MathAtom(MathAtomKind.Number, "3.14"), row.Items[0]);
        Assert.Equal(new MathAtom(MathAtomKind.Binary, "−"), row.Items[1]);
    }

    [Fact]
    public void Spaces_are_explicit_widths_in_em()
    {
        var row = Assert.IsType<MathRow>(Parse("a\\,b\\quad c\\!d"));
        Assert.Equal(new MathSpace(3.0 / 18), row.Items[1]);
        Assert.Equal(new MathSpace(1), row.Items[3]);
        Assert.Equal(new MathSpace(-3.0 / 18), row.Items[5]);
    }

    [Fact]
    public void Left_right_pairs_delimit_their_body()
    {
        var delimited = Assert.IsType<MathDelimited>(Parse("\\left( \\frac{1}{n} \\right)"));
        Assert.Equal("(", delimited.Open);
        Assert.Equal(")", delimited.Close);
        Assert.IsType<MathFraction>(delimited.Body);
        Assert.Equal("", Assert.IsType<MathDelimited>(Parse("\\left. x \\right|")).Open);
    }

    [Fact]
    public void Environments_become_tables_with_their_delimiters_and_alignment()
    {
        var pmatrix = Assert.IsType<MathDelimited>(Parse("\\begin{pmatrix} a & b \\\\ c & d \\end{pmatrix}"));
        var table = Assert.IsType<MathTable>(pmatrix.Body);
        Assert.Equal(2, table.Rows.Length);
        Assert.Equal(2, table.ColumnCount);

        var cases = Assert.IsType<MathDelimited>(Parse("\\begin{cases} 1, & n = 0 \\\\ 2, & n > 0 \\end{cases}"));
        Assert.Equal(("{", ""), (cases.Open, cases.Close));
        Assert.Equal(MathTableKind.Cases, Assert.IsType<MathTable>(cases.Body).Kind);

        var aligned = Assert.IsType<MathTable>(Parse("\\begin{aligned} a &= b \\\\ &= c \\\\ \\end{aligned}"));
        Assert.Equal(2, aligned.Rows.Length); // the trailing \\ adds no empty row
        Assert.Equal([MathColumnAlign.Right, MathColumnAlign.Left], aligned.Columns.ToArray());

        var array = Assert.IsType<MathTable>(Parse("\\begin{array}{l|cr} 1 & 2 & 3 \\end{array}"));
        Assert.Equal([MathColumnAlign.Left, MathColumnAlign.Center, MathColumnAlign.Right], array.Columns.ToArray());
    }

    [Fact]
    public void Alphabets_map_to_unicode_math_letters()
    {
        var r = Assert.IsType<MathAtom>(Parse("\\mathbb{R}"));
        Assert.Equal("ℝ", Output.MathAlphabets.Styled(r));
        Assert.Equal("𝑥", Output.MathAlphabets.Styled(Assert.IsType<MathAtom>(Parse("x"))));
        Assert.Equal("ℎ", Output.MathAlphabets.Styled(Assert.IsType<MathAtom>(Parse("h"))));
        Assert.Equal("𝛼", Output.MathAlphabets.Styled(Assert.IsType<MathAtom>(Parse("\\alpha"))));
        Assert.Equal("𝐯", Output.MathAlphabets.Styled(Assert.IsType<MathAtom>(Parse("\\mathbf{v}"))));
        Assert.Equal("d", Output.MathAlphabets.Styled(Assert.IsType<MathAtom>(Parse("\\mathrm{d}"))));
    }

    [Fact]
    public void Large_operators_take_limits_in_display_except_integrals()
    {
        Assert.True(Assert.IsType<MathScripts>(Parse("\\sum_{i=1}^n")).LimitsAt(display: true));
        Assert.False(Assert.IsType<MathScripts>(Parse("\\sum_{i=1}^n")).LimitsAt(display: false));
        Assert.False(Assert.IsType<MathScripts>(Parse("\\int_0^1")).LimitsAt(display: true));
        Assert.True(Assert.IsType<MathScripts>(Parse("\\int\\limits_0^1")).LimitsAt(display: false));
        Assert.True(Assert.IsType<MathScripts>(Parse("\\lim_{n \\to \\infty}")).LimitsAt(display: true));
    }

    [Fact]
    public void Unknown_commands_are_kept_as_tex_and_reported_at_their_offset()
    {
        var parsed = TexParser.Parse("a + \\foo{x}");
        var problem = Assert.Single(parsed.Problems);
        Assert.Equal(4, problem.Offset);
        Assert.Contains("\\foo", problem.Message);
        Assert.Contains(new MathUnknown("\\foo"), Assert.IsType<MathRow>(parsed.Root).Items);
    }

    [Theory]
    [InlineData("\\frac{1}{")]
    [InlineData("\\left( x")]
    [InlineData("x^")]
    [InlineData("\\begin{pmatrix} 1 & 2")]
    [InlineData("}}}")]
    [InlineData("\\sqrt[3")]
    [InlineData("\\")]
    [InlineData("x^2^3")]
    public void Broken_tex_is_reported_not_thrown(string tex)
    {
        var parsed = TexParser.Parse(tex);
        Assert.NotEmpty(parsed.Problems);
    }

    [Fact]
    public void Deep_nesting_is_refused_with_one_problem()
    {
        var tex = new string('{', 10_000) + "x" + new string('}', 10_000);
        var parsed = TexParser.Parse(tex);
        Assert.Contains(parsed.Problems, p => p.Message.Contains("deeper"));
        var frac = string.Concat(Enumerable.Repeat("\\frac{1}{", 5_000)) + "x" + new string('}', 5_000);
        Assert.Contains(TexParser.Parse(frac).Problems, p => p.Message.Contains("deeper"));
    }

    [Theory]
    [InlineData("\\hat", 100_000)]
    [InlineData("\\frac", 100_000)]
    [InlineData("\\sqrt[", 50_000)]
    [InlineData("\\displaystyle x", 100_000)]
    [InlineData("\\left(", 100_000)]
    [InlineData("\\begin{matrix}", 50_000)]
    public void Chains_of_commands_are_cut_at_the_depth_limit_not_the_stack(string piece, int count)
    {
        var parsed = TexParser.Parse(string.Concat(Enumerable.Repeat(piece, count)) + "x");
        Assert.Contains(parsed.Problems, p => p.Message.Contains("deeper"));
        Assert.Equal(parsed.Problems.Length, parsed.Problems.Distinct().Count()); // each problem once
        Output.MathMLWriter.Write(parsed.Root, display: true, "x");
        Output.MathLinearText.Of(parsed.Root);
    }

    [Fact]
    public void Any_input_parses_without_throwing()
    {
        Gen.String["\\{}^_&$ ab12()[]|.,frac left right sqrt begin end pmatrix"].Sample(tex =>
        {
            var parsed = TexParser.Parse(tex);
            Output.MathMLWriter.Write(parsed.Root, display: true, tex);
        }, iter: 3000);
    }
}
