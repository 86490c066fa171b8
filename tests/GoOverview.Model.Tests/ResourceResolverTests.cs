using GoOverview.Model;
using GoOverview.Model.Diagnostics;
using Xunit;

namespace GoOverview.Model.Tests;

public sealed class ResourceResolverTests : IDisposable
{
    private static readonly byte[] PngHeader = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0];
    private readonly string _root = Path.Combine(Path.GetTempPath(), "gooverview-res-" + Guid.NewGuid().ToString("N")[..8]);
    private readonly string _docs;
    private readonly DiagnosticBag _diagnostics = new();
    private readonly SourceLocation _where = new("doc.md", 7, 3);

    public ResourceResolverTests()
    {
        _docs = Path.Combine(_root, "docs");
        Directory.CreateDirectory(Path.Combine(_docs, "img"));
        File.WriteAllBytes(Path.Combine(_docs, "img", "a.png"), PngHeader);
        File.WriteAllBytes(Path.Combine(_root, "secret.png"), PngHeader);
        File.WriteAllText(Path.Combine(_docs, "img", "b.svg"), "<svg xmlns='http://www.w3.org/2000/svg'/>");
        File.WriteAllText(Path.Combine(_docs, "img", "notes.txt"), "plain text");
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void Reads_images_inside_the_document_folder_with_sniffed_type()
    {
        var resolver = new ResourceResolver(_docs, _diagnostics);
        Assert.Equal("image/png", resolver.TryLoad("img/a.png", _where)!.MediaType);
        Assert.Equal("image/svg+xml", resolver.TryLoad("img/b.svg", _where)!.MediaType);
        Assert.Empty(_diagnostics.Items);
    }

    [Theory]
    [InlineData("../secret.png")]
    [InlineData("img/../../secret.png")]
    [InlineData("img/..%2F..%2Fsecret.png")]
    public void Refuses_paths_that_escape_the_document_folder(string url)
    {
        var resolver = new ResourceResolver(_docs, _diagnostics);
        Assert.Null(resolver.TryLoad(url, _where));
        var warning = Assert.Single(_diagnostics.Items);
        Assert.Equal("resource-outside", warning.Code);
        Assert.Equal(_where, warning.Location);
    }

    [Fact]
    public void Refuses_absolute_paths_unless_allowed()
    {
        var absolute = Path.Combine(_root, "secret.png");
        Assert.Null(new ResourceResolver(_docs, _diagnostics).TryLoad(absolute, _where));
        Assert.Equal("resource-outside", Assert.Single(_diagnostics.Items).Code);
        Assert.NotNull(new ResourceResolver(_docs, new DiagnosticBag(), allowOutside: true).TryLoad(absolute, _where));
        Assert.NotNull(new ResourceResolver(_docs, new DiagnosticBag(), allowOutside: true).TryLoad("../secret.png", _where));
    }

    [Theory]
    [InlineData("http://example.com/a.png")]
    [InlineData("https://example.com/a.png")]
    [InlineData("//example.com/a.png")]
    public void Never_fetches_remote_images(string url)
    {
        Assert.Null(new ResourceResolver(_docs, _diagnostics).TryLoad(url, _where));
        Assert.Equal("remote-resource", Assert.Single(_diagnostics.Items).Code);
    }

    [Fact]
    public void Missing_and_non_image_files_are_reported_once_per_url()
    {
        var resolver = new ResourceResolver(_docs, _diagnostics);
        Assert.Null(resolver.TryLoad("img/none.png", _where));
        Assert.Null(resolver.TryLoad("img/none.png", _where));
        Assert.Null(resolver.TryLoad("img/notes.txt", _where));
        Assert.Equal(["resource-missing", "resource-type"], _diagnostics.Items.Select(d => d.Code));
    }

    [Fact]
    public void Base64_data_uris_are_decoded()
    {
        var uri = "data:image/png;base64," + Convert.ToBase64String(PngHeader);
        Assert.Equal(PngHeader, new ResourceResolver(null, _diagnostics).TryLoad(uri, _where)!.Data);
    }
}
