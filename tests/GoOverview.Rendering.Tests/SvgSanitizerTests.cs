using System.Text;
using GoOverview.Rendering.Images;
using GoOverview.TestSupport.Hostile;
using Xunit;

namespace GoOverview.Rendering.Tests;

public sealed class SvgSanitizerTests
{
    private const long Budget = 40_000_000;

    private static string Clean(string svg, out int removed)
    {
        var bytes = SvgSanitizer.Sanitize(Encoding.UTF8.GetBytes(svg), Budget, out var problem, out removed);
        Assert.True(bytes is not null || problem.Contains("expand to more than", StringComparison.Ordinal), problem);
        return Encoding.UTF8.GetString(bytes!);
    }

    [Fact]
    public void Every_outside_reference_script_and_handler_is_removed_and_the_drawing_stays()
    {
        var clean = Clean(HostileFixtures.SvgReachingOut("http://127.0.0.1:1", "/etc/secret.png"), out var removed);

        foreach (var gone in new[] { "127.0.0.1", "file:", "script", "onload", "@import", "javascript" })
            Assert.DoesNotContain(gone, clean, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("<rect", clean);
        Assert.Contains("url(#f)", clean);
        Assert.True(removed >= 8, $"removed {removed}");
    }

    [Fact]
    public void Same_document_fragments_and_small_embedded_rasters_are_kept()
    {
        var png = Convert.ToBase64String(HostileFixtures.Png1x1);
        var clean = Clean($"""<svg xmlns="http://www.w3.org/2000/svg" width="4" height="4"><defs><rect id="r" width="1" height="1"/></defs><use href="#r"/><image href="data:image/png;base64,{png}" width="1" height="1"/></svg>""", out var removed);

        Assert.Equal(0, removed);
        Assert.Contains("href=\"#r\"", clean);
        Assert.Contains("data:image/png;base64,", clean);
    }

    [Fact]
    public void An_embedded_raster_over_the_pixel_budget_is_removed()
    {
        var bomb = Convert.ToBase64String(HostileFixtures.PngBomb());
        var clean = Clean($"""<svg xmlns="http://www.w3.org/2000/svg" width="4" height="4"><image href="data:image/png;base64,{bomb}"/></svg>""", out var removed);

        Assert.Equal(1, removed);
        Assert.DoesNotContain("data:", clean);
    }

    [Theory]
    [InlineData("billion-laughs")]
    [InlineData("use-bomb")]
    [InlineData("use-cycle")]
    [InlineData("not-svg")]
    public void Bombs_and_non_svg_are_refused_quickly(string kind)
    {
        var svg = kind switch
        {
            "billion-laughs" => HostileFixtures.BillionLaughsSvg(),
            "use-bomb" => HostileFixtures.UseBombSvg(),
            "use-cycle" => """<svg xmlns="http://www.w3.org/2000/svg" width="4" height="4"><g id="a"><use href="#b"/></g><g id="b"><use href="#a"/></g></svg>""",
            _ => "<html><body>not an svg</body></html>",
        };
        var clock = System.Diagnostics.Stopwatch.StartNew();

        var bytes = SvgSanitizer.Sanitize(Encoding.UTF8.GetBytes(svg), Budget, out var problem, out _);

        Assert.Null(bytes);
        Assert.NotEmpty(problem);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5));
    }

    [Fact]
    public void An_svg_without_namespace_is_moved_into_the_svg_namespace()
    {
        var clean = Clean("""<svg width="4" height="4"><rect width="1" height="1"/></svg>""", out _);

        Assert.Contains("xmlns=\"http://www.w3.org/2000/svg\"", clean);
    }

    [Fact]
    public void Animation_cannot_set_an_href_under_any_prefix()
    {
        var clean = Clean(HostileFixtures.AnimatedHrefSvg("http://127.0.0.1:1/x.png"), out var removed);

        Assert.DoesNotContain("127.0.0.1", clean);
        Assert.DoesNotContain("<set", clean);
        Assert.DoesNotContain("<animate", clean);
        Assert.True(removed >= 2);
    }

    [Fact]
    public void A_long_use_chain_is_measured_without_overflowing_the_stack()
    {
        // 60,000 links (120,000 elements): a recursive walk overflowed the stack and aborted the process (exit 134).
        var bytes = SvgSanitizer.Sanitize(Encoding.UTF8.GetBytes(HostileFixtures.UseChainSvg(60_000)), Budget, out var problem, out _);

        Assert.True(bytes is not null || problem.Contains("expand to more than", StringComparison.Ordinal), problem);
    }

    [Theory]
    [InlineData("gif")]
    [InlineData("jpeg")]
    [InlineData("png")]
    public void An_embedded_raster_is_measured_by_its_bytes_not_its_label(string label)
    {
        var big = Convert.ToBase64String(HostileFixtures.JpegHeader());
        var clean = Clean($"""<svg xmlns="http://www.w3.org/2000/svg" width="4" height="4"><image href="data:image/{label};base64,{big}"/></svg>""", out var removed);

        Assert.Equal(1, removed);
        Assert.DoesNotContain("data:", clean);
    }

    [Theory]
    [InlineData("<style>@\\69mport 'http://127.0.0.1:1/a.css';</style>")]
    [InlineData("<rect style=\"fill: image-set('http://127.0.0.1:1/a.png' 1x)\" width=\"1\" height=\"1\"/>")]
    [InlineData("<rect style=\"fill: u/**/rl(http://127.0.0.1:1/a.svg#p)\" width=\"1\" height=\"1\"/>")]
    public void Disguised_css_references_are_removed(string content)
    {
        var clean = Clean($"""<svg xmlns="http://www.w3.org/2000/svg" width="4" height="4">{content}</svg>""", out _);

        Assert.DoesNotContain("127.0.0.1", clean);
    }
}
