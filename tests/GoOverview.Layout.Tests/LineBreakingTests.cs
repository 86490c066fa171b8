using GoOverview.Layout;

namespace GoOverview.Layout.Tests;

/// <summary>Table-driven line breaking: text + width (in ems of 10 pt) → the lines expected.</summary>
public sealed class LineBreakingTests(EngineFixture engine) : IClassFixture<EngineFixture>
{
    private static readonly ParagraphOptions NoLoneRule = new(AvoidLoneLastCharacter: false);

    public static TheoryData<string, float, string[]> Cases => new()
    {
        // Plain CJK: ten characters per 10-em line.
        { "一二三四五六七八九十甲乙丙", 10, ["一二三四五六七八九十", "甲乙丙"] },
        // Kinsoku: a comma may not start a line — it hangs (its blank half) when that makes it fit...
        { "一二三四五六七八九十，甲乙丙", 10.5f, ["一二三四五六七八九十，", "甲乙丙"] },
        // ... else the character before it comes down with it.
        { "一二三四五六七八九十，甲乙丙", 10, ["一二三四五六七八九", "十，甲乙丙"] },
        // Kinsoku with two closing marks: 」。 cannot start a line, 「 cannot end one: 「十」。 moves down together.
        { "一二三四五六七八九「十」。甲乙", 10, ["一二三四五六七八九", "「十」。甲乙"] },
        // An opening bracket may not end a line: it moves down with the next character.
        { "一二三四五六七八九（十）甲乙丙", 10, ["一二三四五六七八九", "（十）甲乙丙"] },
        // …… and —— are never split and never start a line.
        { "一二三四五六七八九……甲乙", 10, ["一二三四五六七八", "九……甲乙"] },
        { "一二三四五六七八九——甲乙", 10, ["一二三四五六七八", "九——甲乙"] },
        // Latin words break at spaces only.
        { "alpha beta gamma delta epsilon", 10, ["alpha beta gamma", "delta epsilon"] },
        // A URL longer than the line still breaks (at a slash, else anywhere).
        { "https://example.com/averyveryverylongpathsegmentthatdoesnotfit/more", 20, null! },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Breaks_lines_as_a_typesetter_would(string text, float ems, string[]? expected)
    {
        var lines = engine.Lines(text, ems, NoLoneRule);
        Assert.Equal(text.Replace(" ", ""), string.Concat(lines).Replace(" ", ""));
        if (expected is not null) Assert.Equal(expected, lines);
        else Assert.True(lines.Length >= 2, "a long URL must break: " + string.Join(" | ", lines));
    }

    [Fact]
    public void Long_url_lines_fit_the_width()
    {
        var text = "https://example.com/averyveryverylongpathsegmentthatdoesnotfit/more";
        var layout = new TextEngine(engine.Fonts).Layout([EngineFixture.Run(text)], 200, NoLoneRule);
        Assert.True(layout.Lines.Count >= 2);
        Assert.All(layout.Lines, l => Assert.True(l.Width <= 200.5f, $"{l.Text} is {l.Width} wide"));
    }

    [Theory]
    [InlineData(10)]
    [InlineData(14)]
    [InlineData(18)]
    [InlineData(22)]
    public void A_url_never_breaks_after_the_slashes_of_its_scheme(float ems)
    {
        // Text before the address puts "https://" near a line end at some width: it must not be left there alone.
        const string text = "参考资料：官方网站的文档 https://go.dev/doc/effective_go 和 https://pkg.go.dev/std 都值得一读。";
        for (var w = ems; w < ems + 4; w += 0.25f)
        {
            var lines = engine.Lines(text, w);
            Assert.DoesNotContain(lines, l => l.EndsWith("//", StringComparison.Ordinal));
        }
    }

    [Theory]
    [InlineData("区块链技术，简称BT（Blockchain technology），也被称为分布式账本技术，是一种互联网数据库技术，其特点时去中心化、公开透明，让每个人均可参与数据库记录。", 15)]
    [InlineData("Go语言是谷歌推出的一种全新的编程语言，可以在不损失应用程序性能的情况下降低代码的复杂性。谷歌首席软件工程师罗布派克(Rob Pike)说:我们之所以开发Go，是因为过去10多年间软件开发的难度令人沮丧。", 13)]
    [InlineData("「一二三」，（四五六）。“七八九”、《十》；【甲乙】！丙丁？戊己：庚辛……壬癸——子丑", 7)]
    public void No_line_starts_with_closing_or_ends_with_opening_punctuation(string text, float ems)
    {
        for (var w = ems; w < ems + 6; w += 0.5f)
        {
            var lines = engine.Lines(text, w);
            for (var i = 0; i < lines.Length; i++)
            {
                if (i > 0) Assert.DoesNotContain(lines[i][0], "，。、；：？！）」』】》〉…—”’");
                if (i < lines.Length - 1) Assert.DoesNotContain(lines[i][^1], "（「『【《〈“‘");
            }
        }
    }

    [Fact]
    public void Last_line_never_holds_a_lone_han_character()
    {
        // Eleven characters and a full stop in a 10-em column would leave "十。" alone (after the comma hangs).
        var lines = engine.Lines("一二三四五六七八九十甲。", 10);
        Assert.Equal(2, lines.Length);
        Assert.True(lines[^1].Count(CharIsHan) >= 2, string.Join(" | ", lines));
        var without = engine.Lines("一二三四五六七八九十甲。", 10, NoLoneRule);
        Assert.Single(without[^1], CharIsHan);
    }

    [Fact]
    public void Han_and_latin_get_a_quarter_em_unless_the_source_has_a_space()
    {
        var e = new TextEngine(engine.Fonts);
        var tight = e.MeasureWidth([EngineFixture.Run("使用Go语言")]);
        var spaced = e.MeasureWidth([EngineFixture.Run("使用 Go 语言")]);
        var noAuto = new TextEngine(engine.Fonts).Layout([EngineFixture.Run("使用Go语言")], 1000,
            new ParagraphOptions(CjkLatinSpacing: false)).Lines[0].Width;
        Assert.Equal(noAuto + 2 * 0.25f * EngineFixture.Size, tight, 2);
        Assert.NotEqual(tight, spaced);
    }

    [Fact]
    public void Adjacent_full_width_punctuation_is_squeezed()
    {
        var e = new TextEngine(engine.Fonts);
        var pair = e.MeasureWidth([EngineFixture.Run("甲。」乙")]);
        Assert.Equal(3.5f * EngineFixture.Size, pair, 1);
    }

    [Fact]
    public void Justified_lines_fill_the_width_and_the_last_line_is_ragged()
    {
        var text = "区块链（英文名：blockchain 或block chain）是一种块链式存储、不可篡改、安全可信的去中心化分布式账本，它结合了分布式存储。";
        var layout = new TextEngine(engine.Fonts).Layout([EngineFixture.Run(text)], 173);
        Assert.True(layout.Lines.Count >= 3);
        foreach (var line in layout.Lines.SkipLast(1)) Assert.InRange(line.Left + line.Width, 172.5f, 173.01f);
        Assert.True(layout.Lines[^1].Width < 173);
    }

    [Fact]
    public void Glyph_runs_carry_utf8_text_and_clusters_covering_the_line()
    {
        var layout = new TextEngine(engine.Fonts).Layout(
            [EngineFixture.Run("粗体"), EngineFixture.Run("Bold文字", FaceKind.Bold), EngineFixture.Run(" code", FaceKind.Mono)], 500);
        var runs = layout.Lines.Single().Runs;
        Assert.Equal("粗体Bold文字 code", string.Concat(runs.Select(r => r.Text)));
        foreach (var run in runs)
        {
            Assert.Equal(run.Glyphs.Length, run.Clusters.Length);
            Assert.Equal(run.Glyphs.Length, run.X.Length);
            Assert.Equal(0u, run.Clusters[0]);
            Assert.True(run.Clusters.Last() < System.Text.Encoding.UTF8.GetByteCount(run.Text));
            Assert.DoesNotContain((ushort)0, run.Glyphs);
        }
        Assert.Contains(runs, r => r.Font == engine.Library.Bold);
        Assert.Contains(runs, r => r.Font == engine.Library.Mono);
    }

    [Fact]
    public void Characters_no_font_has_are_reported_not_dropped()
    {
        var e = new TextEngine(engine.Fonts);
        var layout = e.Layout([EngineFixture.Run("甲\U00013000乙\U000E0041")], 500);
        Assert.Contains(0x13000, e.MissingCharacters);
        Assert.Contains("甲\U00013000乙", layout.Lines[0].Text);
    }

    private static bool CharIsHan(char c) => c >= 0x4E00 && c <= 0x9FFF;
}
