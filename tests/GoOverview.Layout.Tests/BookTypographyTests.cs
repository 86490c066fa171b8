using GoOverview.Layout;

namespace GoOverview.Layout.Tests;

/// <summary>Issue 15's line-level rules: breaks inside long Latin runs, "C++" as Latin, a full-width "？ ", total fit.</summary>
public sealed class BookTypographyTests(EngineFixture engine) : IClassFixture<EngineFixture>
{
    private static readonly ParagraphOptions Ragged = new(TextAlignment.Left, AvoidLoneLastCharacter: false);

    [Theory]
    [InlineData("甲乙丙丁戊己庚辛壬验证URL+Token。", "URL+")]
    [InlineData("甲乙丙丁戊己庚辛壬见go.dev/doc/effective_go", "go.")]
    [InlineData("甲乙丙丁戊己庚辛壬用snake_case_identifier_names", "snake_")]
    [InlineData("甲乙丙丁戊己庚辛壬用cgo-enabled-build-flags", "cgo-")]
    public void Long_latin_runs_break_after_a_separator_with_no_hyphen(string text, string stem)
    {
        var lines = engine.Lines(text, 14, Ragged);
        Assert.True(lines.Length >= 2, string.Join(" | ", lines));
        Assert.Equal(text, string.Concat(lines)); // nothing added, nothing lost
        Assert.Contains(stem, lines[0]);
        Assert.Contains(lines[0][^1], "/+_-.?");
        Assert.True(char.IsAsciiLetterOrDigit(lines[1][0]), string.Join(" | ", lines));
    }

    [Fact]
    public void Numbers_do_not_break_at_their_decimal_point()
    {
        var lines = engine.Lines("甲乙丙丁戊己庚辛壬癸3.14", 11, Ragged);
        Assert.Equal(["甲乙丙丁戊己庚辛壬癸", "3.14"], lines);
    }

    [Fact]
    public void Cpp_counts_as_latin_for_the_quarter_em_space()
    {
        var e = new TextEngine(engine.Fonts);
        var spaced = e.MeasureWidth([EngineFixture.Run("C++代码")]);
        var plain = new TextEngine(engine.Fonts).Layout([EngineFixture.Run("C++代码")], 1000,
            new ParagraphOptions(CjkLatinSpacing: false)).Lines[0].Width;
        Assert.Equal(plain + 0.25f * EngineFixture.Size, spaced, 2);
    }

    [Fact]
    public void A_raised_footnote_mark_gets_no_quarter_em_from_the_han_before_it()
    {
        var e = new TextEngine(engine.Fonts);
        StyledRun[] Runs() => [EngineFixture.Run("科学百科"), EngineFixture.Run("4") with { Size = 6, Rise = 4 }, EngineFixture.Run("。")];
        var withRule = e.MeasureWidth(Runs());
        var without = new TextEngine(engine.Fonts).Layout(Runs(), 1000, new ParagraphOptions(CjkLatinSpacing: false)).Lines[0].Width;
        Assert.Equal(without, withRule, 2);
        // The same digit on the baseline is spaced.
        Assert.Equal(e.MeasureWidth([EngineFixture.Run("科学百科4。")]) - 0.25f * EngineFixture.Size,
            new TextEngine(engine.Fonts).Layout([EngineFixture.Run("科学百科4。")], 1000, new ParagraphOptions(CjkLatinSpacing: false)).Lines[0].Width, 2);
    }

    [Fact]
    public void A_full_width_question_mark_before_a_space_keeps_its_full_width()
    {
        var e = new TextEngine(engine.Fonts);
        var layout = e.Layout([EngineFixture.Run("干什么？ CSDN")], 1000, Ragged);
        var run = layout.Lines[0].Runs[0];
        var mark = run.Text.IndexOf('？');
        var x = run.X;
        // The glyph after the mark and the space (C: the space adds nothing) starts a whole em after it.
        Assert.Equal(EngineFixture.Size, x[mark + 2] - x[mark], 1);
    }

    [Fact]
    public void Total_fit_squeezes_a_comma_rather_than_open_a_loose_line()
    {
        // 11 ems: greedy cannot take 十。 (11.5 ems with the full stop hanging) and ends the line after 九, stretching
        // nine gaps by 0.11 em. Total fit squeezes the comma's blank half and the line is solid.
        var text = "一二三，四五六七八九十。甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳";
        var layout = new TextEngine(engine.Fonts).Layout([EngineFixture.Run(text)], 11 * EngineFixture.Size,
            new ParagraphOptions(AvoidLoneLastCharacter: false));
        Assert.Equal("一二三，四五六七八九十。", layout.Lines[0].Text);
        var greedy = new TextEngine(engine.Fonts).Layout([EngineFixture.Run(text)], 11 * EngineFixture.Size,
            new ParagraphOptions(TextAlignment.Left, AvoidLoneLastCharacter: false));
        Assert.Equal("一二三，四五六七八九", greedy.Lines[0].Text);
    }
}
