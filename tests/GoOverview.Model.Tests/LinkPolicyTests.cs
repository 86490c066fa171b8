using GoOverview.Model.Links;
using Xunit;

namespace GoOverview.Model.Tests;

public sealed class LinkPolicyTests
{
    [Theory]
    [InlineData("https://go.dev/doc", LinkKind.External)]
    [InlineData("HTTP://example.com", LinkKind.External)]
    [InlineData("mailto:a@b.cn", LinkKind.External)]
    [InlineData("//cdn.example.com/x", LinkKind.External)]
    [InlineData("#安装", LinkKind.Internal)]
    [InlineData("chapter2.md", LinkKind.Relative)]
    [InlineData("files/a b.zip", LinkKind.Relative)]
    [InlineData("", LinkKind.Empty)]
    [InlineData("javascript:alert(1)", LinkKind.Unsafe)]
    [InlineData("JaVaScRiPt:alert(1)", LinkKind.Unsafe)]
    [InlineData("java\tscript:alert(1)", LinkKind.Unsafe)]
    [InlineData(" \u0000javascript:alert(1)", LinkKind.Unsafe)]
    [InlineData("vbscript:msgbox", LinkKind.Unsafe)]
    [InlineData("data:text/html;base64,PHNjcmlwdD4=", LinkKind.Unsafe)]
    [InlineData("file:///etc/passwd", LinkKind.Unsafe)]
    [InlineData("/etc/passwd", LinkKind.Unsafe)]
    [InlineData(@"\\host\share\x.exe", LinkKind.Unsafe)]
    [InlineData(@"C:\Windows\calc.exe", LinkKind.Unsafe)]
    public void Every_url_has_one_kind(string url, LinkKind kind)
    {
        Assert.Equal(kind, LinkPolicy.Classify(url).Kind);
    }

    [Fact]
    public void External_urls_come_back_percent_encoded()
    {
        Assert.Equal("https://example.com/%E4%B8%AD%20x", LinkPolicy.Classify("https://example.com/中 x").Value);
    }
}
