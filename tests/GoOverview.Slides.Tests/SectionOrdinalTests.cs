using GoOverview.Slides.Planning;
using Xunit;

namespace GoOverview.Slides.Tests;

public sealed class SectionOrdinalTests
{
    [Theory]
    [InlineData("一、Go", "Go")]
    [InlineData("十二、总结", "总结")]
    [InlineData("第二章 并发", "并发")]
    [InlineData("第3讲：通道", "通道")]
    [InlineData("3. 接口", "接口")]
    [InlineData("（四）小结", "小结")]
    [InlineData("Go 语言", "Go 语言")]
    [InlineData("2.1 区块链", "2.1 区块链")]
    [InlineData("一、", "一、")]
    public void Drops_the_headings_own_ordinal_only(string title, string shown) =>
        Assert.Equal(shown, SectionOrdinal.Strip(title));
}
