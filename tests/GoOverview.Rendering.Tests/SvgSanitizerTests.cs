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
        Assert.True(bytes is not null, problem);
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
}
