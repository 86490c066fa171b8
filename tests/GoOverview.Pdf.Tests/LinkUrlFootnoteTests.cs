using GoOverview.Export;
using GoOverview.Model.Diagnostics;
using GoOverview.TestSupport;

namespace GoOverview.Pdf.Tests;

/// <summary>Print-friendly links: the address of a link whose text differs from it is printed in a footnote.</summary>
public sealed class LinkUrlFootnoteTests
{
    private const string Source = "正文[^a]见[Go 官网](https://go.dev/doc/)与 <https://pkg.go.dev>，再见[官网](https://go.dev/doc/)。\n\n[^a]: 原有脚注。\n";

    [ToolFact("pdftotext")]
    public void Each_address_is_printed_once_numbered_in_reading_order()
    {
        var diagnostics = new DiagnosticBag();
        var path = PdfRender.ToFile(TestFiles.Read(Source, diagnostics), diagnostics, new PdfOptions { Cover = false, Toc = false });
        var text = ExternalTool.Run("pdftotext", ["-enc", "UTF-8", "-layout", path, "-"]).StdOut;
        Assert.Contains("原有脚注。", text);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(text, "https://go.dev/doc/"));
        Assert.Matches(@"1\s+原有脚注。", text);
        Assert.Matches(@"2\s+https://go.dev/doc/", text);
        Assert.DoesNotContain("3 ", text.Split('\n').Last(l => l.Contains("go.dev/doc/", StringComparison.Ordinal)));
        // The autolink shows its own address: no note for it.
        Assert.DoesNotMatch(@"\d\s+https://pkg.go.dev", text);
    }

    [ToolFact("pdftotext")]
    public void None_leaves_the_links_alone()
    {
        var diagnostics = new DiagnosticBag();
        var path = PdfRender.ToFile(TestFiles.Read(Source, diagnostics), diagnostics,
            new PdfOptions { Cover = false, Toc = false, LinkUrls = LinkUrls.None });
        Assert.DoesNotContain("go.dev/doc", ExternalTool.Run("pdftotext", ["-enc", "UTF-8", path, "-"]).StdOut);
    }
}
