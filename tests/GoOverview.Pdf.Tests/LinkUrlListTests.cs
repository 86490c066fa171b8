using GoOverview.Export;
using GoOverview.Model.Diagnostics;
using GoOverview.TestSupport;

namespace GoOverview.Pdf.Tests;

/// <summary>--link-urls list: markers [n] in the text, each section's addresses in a numbered list at its end.</summary>
public sealed class LinkUrlListTests
{
    private const string Source = """
        ## 第一节

        见[Go 官网](https://go.dev/doc/)与 <https://pkg.go.dev>，再见[官网](https://go.dev/doc/)和[博客](https://go.dev/blog/)。

        ## 第二节

        另见[博客](https://go.dev/blog/)。

        ## 第三节

        没有链接。
        """;

    [ToolFact("pdftotext")]
    public void Each_section_ends_with_its_numbered_addresses()
    {
        var diagnostics = new DiagnosticBag();
        var path = PdfRender.ToFile(TestFiles.Read(Source, diagnostics), diagnostics,
            new PdfOptions { Cover = false, Toc = false, LinkUrls = LinkUrls.List });
        var text = ExternalTool.Run("pdftotext", ["-enc", "UTF-8", path, "-"]).StdOut;
        var first = Between(text, "第一节", "第二节");
        Assert.Contains("Go 官网[1]", first);
        Assert.Contains("官网[1]和博客[2]", first);
        Assert.Matches(@"参考资料\s+1\.\s*https://go.dev/doc/\s+2\.\s*https://go.dev/blog/", first);
        Assert.DoesNotContain("pkg.go.dev[", first); // an autolink shows its own address
        var second = Between(text, "第二节", "第三节");
        Assert.Contains("博客[1]", second); // numbers restart in every section
        Assert.Matches(@"参考资料\s+1\.\s*https://go.dev/blog/", second);
        Assert.DoesNotContain("参考资料", text[text.IndexOf("第三节", StringComparison.Ordinal)..]);
        Assert.Empty(diagnostics.Items);
    }

    private static string Between(string text, string from, string to)
    {
        var start = text.IndexOf(from, StringComparison.Ordinal);
        return text[start..text.IndexOf(to, start, StringComparison.Ordinal)];
    }
}
