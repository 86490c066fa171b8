using GoOverview.Rendering.Images;
using GoOverview.TestSupport.Hostile;
using SkiaSharp;
using Xunit;

namespace GoOverview.Rendering.Tests;

public sealed class ImageHeaderTests
{
    [Fact]
    public void A_png_bomb_is_measured_without_decoding()
    {
        Assert.Equal((50_000L, 50_000L), ImageHeader.Size(HostileFixtures.PngBomb(), "image/png"));
    }

    [Theory]
    [InlineData(SKEncodedImageFormat.Png, "image/png")]
    [InlineData(SKEncodedImageFormat.Jpeg, "image/jpeg")]
    [InlineData(SKEncodedImageFormat.Webp, "image/webp")]
    public void Sizes_match_what_skia_encodes(SKEncodedImageFormat format, string mediaType)
    {
        using var bitmap = new SKBitmap(37, 21);
        bitmap.Erase(SKColors.CornflowerBlue);
        using var data = bitmap.Encode(format, 90);

        Assert.Equal((37L, 21L), ImageHeader.Size(data.ToArray(), mediaType));
    }

    [Fact]
    public void Gif_size_comes_from_the_logical_screen()
    {
        byte[] gif = [.. "GIF89a"u8, 0x10, 0x27, 0x20, 0x4E, 0, 0, 0];

        Assert.Equal((10_000L, 20_000L), ImageHeader.Size(gif, "image/gif"));
    }

    [Fact]
    public void A_truncated_header_is_not_a_size()
    {
        Assert.Null(ImageHeader.Size(HostileFixtures.Png1x1.AsSpan(0, 20), "image/png"));
        Assert.Null(ImageHeader.Size([0xFF, 0xD8, 0xFF], "image/jpeg"));
    }

    [Fact]
    public void A_jpeg_labelled_gif_has_no_gif_size_and_fill_bytes_do_not_hide_the_frame()
    {
        var jpeg = HostileFixtures.JpegHeader();

        Assert.Null(ImageHeader.Size(jpeg, "image/gif"));
        Assert.Equal((12_000L, 12_000L), ImageHeader.Size(jpeg, "image/jpeg"));
    }
}
