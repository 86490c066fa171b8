using GoOverview.Markdown.Parsing;

namespace GoOverview.Markdown.Tests;

/// <summary>
/// Resolving emphasis early (EarlyEmphasisResolver) must give exactly what Markdig gives at the end of the paragraph;
/// each input here has more delimiter runs than the resolver's first check, yet fewer than Markdig's limit.
/// </summary>
public sealed class FlatEmphasisTests
{
    [Theory]
    [InlineData("*a* ")]
    [InlineData("**b** _c_ ~~d~~ ")]
    [InlineData("*a **b* c** ")]
    [InlineData("***x** y* ")]
    [InlineData("*a_ b* _c* ")]
    [InlineData("**a* ")]
    [InlineData("中文*强调*文字 ")]
    [InlineData("*[链接*](u) ")]
    [InlineData("`*code*` *a* ")]
    public void Early_resolution_matches_the_end_of_paragraph_result(string unit)
    {
        foreach (var prefix in new[] { "", "*open ", "_x ", "[ " })
        {
            var text = prefix + string.Concat(Enumerable.Repeat(unit, 700));
            var expected = Markdig.Markdown.ToHtml(text, MarkdigPipeline.WithoutEarlyEmphasis());
            Assert.Equal(expected, Markdig.Markdown.ToHtml(text, MarkdigPipeline.Instance));
        }
    }

    [Fact]
    public void Six_thousand_flat_emphases_parse_where_markdig_alone_refuses_them()
    {
        var text = string.Join(" ", Enumerable.Repeat("*a*", 6_000));
        Assert.Throws<ArgumentException>(() => Markdig.Markdown.Parse(text, MarkdigPipeline.WithoutEarlyEmphasis()));
        var html = Markdig.Markdown.ToHtml(text, MarkdigPipeline.Instance);
        Assert.Equal(6_000, html.Split("<em>").Length - 1);
    }

    [Fact]
    public void The_depth_in_the_message_is_that_of_the_open_marks_not_the_count()
    {
        Assert.Equal(1, GuardedParser.MostOpenInlineMarks(string.Join(" ", Enumerable.Repeat("*a*", 6_000))).Depth);
        Assert.Equal((3, 500), GuardedParser.MostOpenInlineMarks("# t\n\n" + new string('[', 500) + "a\n"));
    }
}
