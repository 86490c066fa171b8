using System.Collections.Immutable;
using GoOverview.Model;
using Xunit;

namespace GoOverview.Model.Tests;

public sealed class SectionNumbersTests
{
    private static Heading H(int level, string text) => new(level, [new Text(text)], Attr.Empty);

    private static Document Doc(params Block[] blocks) =>
        new(Metadata.Empty, blocks.ToImmutableArray(), ImmutableArray<FootnoteDefinition>.Empty, "doc.md", null);

    private static string[] Titles(Document d) =>
        d.Blocks.OfType<Heading>().Select(h => PlainText.Of(h.Content)).ToArray();

    [Fact]
    public void A_lone_first_h1_is_the_title_and_numbering_starts_at_h2()
    {
        var numbered = SectionNumbers.Apply(Doc(H(1, "书名"), H(2, "概述"), H(3, "背景"), H(3, "目标"), H(2, "应用"), H(4, "细节")), SectionNumberStyle.Decimal);
        Assert.Equal(["书名", "1 概述", "1.1 背景", "1.2 目标", "2 应用", "2.0.1 细节"], Titles(numbered));
    }

    [Fact]
    public void Several_h1_are_numbered_from_level_one()
    {
        var numbered = SectionNumbers.Apply(Doc(H(1, "甲"), H(2, "乙"), H(1, "丙")), SectionNumberStyle.Decimal);
        Assert.Equal(["1 甲", "1.1 乙", "2 丙"], Titles(numbered));
    }

    [Fact]
    public void Chinese_style_follows_the_outline_of_chinese_reports()
    {
        var blocks = new List<Block> { H(1, "书名") };
        for (var i = 0; i < 11; i++) blocks.Add(H(2, "章"));
        blocks.AddRange([H(3, "节"), H(4, "条"), H(5, "款"), H(6, "项")]);
        var titles = Titles(SectionNumbers.Apply(Doc([.. blocks]), SectionNumberStyle.Chinese));
        Assert.Equal("一、章", titles[1]);
        Assert.Equal("十一、章", titles[11]);
        Assert.Equal(["（一）节", "1. 条", "(1) 款", "11.1.1.1.1 项"], titles[12..]);
    }

    [Theory]
    [InlineData(1, "一")]
    [InlineData(10, "十")]
    [InlineData(12, "十二")]
    [InlineData(20, "二十")]
    [InlineData(99, "九十九")]
    [InlineData(100, "100")]
    public void Chinese_numerals(int n, string expected) => Assert.Equal(expected, SectionNumbers.ChineseNumeral(n));

    [Fact]
    public void Unnumbered_class_and_headings_inside_divs()
    {
        var unnumbered = new Heading(2, [new Text("前言")], Attr.WithClasses(SectionNumbers.UnnumberedClass));
        var div = new Div(Attr.Empty, [H(2, "内部")]);
        var numbered = SectionNumbers.Apply(Doc(H(1, "书"), unnumbered, div, H(2, "外部")), SectionNumberStyle.Decimal);
        Assert.Equal(["书", "前言", "2 外部"], Titles(numbered));
        Assert.Equal("1 内部", PlainText.Of(((Heading)((Div)numbered.Blocks[2]).Blocks[0]).Content));
    }

    [Theory]
    [InlineData("一、概述", true)]
    [InlineData("（二）目标", true)]
    [InlineData("第三章 并发", true)]
    [InlineData("2.1 区块链", true)]
    [InlineData("Go 1.22 新特性", false)]
    [InlineData("概述", false)]
    public void Hand_numbered_headings_are_recognised(string text, bool numbered) =>
        Assert.Equal(numbered, SectionNumbers.FirstHandNumbered(Doc(H(2, text))) is not null);
}
