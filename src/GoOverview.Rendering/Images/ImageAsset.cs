using SkiaSharp;

namespace GoOverview.Rendering.Images;

/// <summary>
/// One image of the document, checked and typed once per run by <see cref="ImageService"/>. Raster images keep
/// their original bytes (their header was checked against the pixel budget before any decoder saw them); an SVG
/// keeps its sanitised text and a parsed picture. Writers ask for what their format needs — the original bytes,
/// a PNG, a decoded raster, the vector picture — and each answer is computed once and shared (thread-safe).
/// </summary>
public sealed class ImageAsset : IDisposable
{
    private readonly object _gate = new();
    private readonly Dictionary<int, byte[]> _pngByLongSide = new();
    private readonly long _pixelBudget;
    private SKImage? _raster;
    private readonly IDisposable? _pictureOwner;
    private byte[]? _portable;

    internal ImageAsset(string url, string mediaType, byte[] bytes, int pixelWidth, int pixelHeight, SKPicture? picture, IDisposable? pictureOwner, long pixelBudget)
    {
        _pictureOwner = pictureOwner;
        Url = url;
        MediaType = mediaType;
        Bytes = bytes;
        PixelWidth = pixelWidth;
        PixelHeight = pixelHeight;
        Picture = picture;
        _pixelBudget = pixelBudget;
    }

    public string Url { get; }

    /// <summary>image/png, image/jpeg, image/gif, image/webp or image/svg+xml.</summary>
    public string MediaType { get; }

    /// <summary>The original bytes of a raster image; the sanitised document of an SVG.</summary>
    public byte[] Bytes { get; }

    public bool IsSvg => MediaType == "image/svg+xml";

    /// <summary>Pixels of a raster image; CSS pixels (its own width and height) of an SVG.</summary>
    public int PixelWidth { get; }

    public int PixelHeight { get; }

    /// <summary>Natural width in points: a CSS pixel (and a raster pixel at 96 dpi) is ¾ pt.</summary>
    public float WidthPoints => (Picture?.CullRect.Width ?? PixelWidth) * 0.75f;

    public float HeightPoints => (Picture?.CullRect.Height ?? PixelHeight) * 0.75f;

    /// <summary>The parsed SVG (vector), drawn by the PDF writers; null for raster images.</summary>
    public SKPicture? Picture { get; }

    /// <summary>The raster (made once, still encoded: a PDF embeds a JPEG as it is); null for SVG. The service has
    /// already read its header with the decoder, so damaged pixel data draws what it holds, as in a browser.</summary>
    public SKImage? Raster()
    {
        if (IsSvg) return null;
        lock (_gate)
        {
            if (_raster is null)
            {
                using var data = SKData.CreateCopy(Bytes);
                _raster = SKImage.FromEncodedData(data);
            }
            return _raster;
        }
    }

    /// <summary>
    /// Bytes every consumer shows (Word, PowerPoint, EPUB core types): PNG, JPEG and GIF as they are; WebP re-encoded
    /// as PNG; SVG drawn to a PNG at twice its size. Returns (bytes, media type, pixel width, pixel height).
    /// </summary>
    public (byte[] Bytes, string MediaType, int Width, int Height) Portable()
    {
        if (MediaType is "image/png" or "image/jpeg" or "image/gif") return (Bytes, MediaType, PixelWidth, PixelHeight);
        if (IsSvg)
        {
            var png = Png((int)Math.Min(MaxRasterSide, 2L * Math.Max(PixelWidth, PixelHeight)));
            return (png, "image/png", PixelWidth, PixelHeight);
        }
        lock (_gate)
        {
            _portable ??= EncodePng(Raster()) ?? throw new InvalidOperationException($"image '{Url}' cannot be re-encoded as PNG");
            return (_portable, "image/png", PixelWidth, PixelHeight);
        }
    }

    /// <summary>The image as a PNG whose long side is <paramref name="longSide"/> pixels (an SVG drawn at that size, within the
    /// pixel budget); a raster image is returned at its own size.</summary>
    public byte[] Png(int longSide)
    {
        if (!IsSvg) return Portable().Bytes;
        lock (_gate)
        {
            if (_pngByLongSide.TryGetValue(longSide, out var cached)) return cached;
            var png = RasteriseSvg(longSide);
            _pngByLongSide[longSide] = png;
            return png;
        }
    }

    /// <summary>Pixel size of <see cref="Png"/> at that long side.</summary>
    public (int Width, int Height) PngSize(int longSide)
    {
        if (!IsSvg) return (PixelWidth, PixelHeight);
        var scale = RasterScale(longSide);
        return (Math.Max(1, (int)Math.Round(Picture!.CullRect.Width * scale)), Math.Max(1, (int)Math.Round(Picture.CullRect.Height * scale)));
    }

    /// <summary>Longest side of any SVG raster: past it PNG encoders refuse the row, and no page or slide needs more.</summary>
    public const int MaxRasterSide = 8192;

    /// <summary>The scale that draws the SVG with <paramref name="longSide"/> pixels on its long side, within
    /// <see cref="MaxRasterSide"/> and the pixel budget (counted after rounding: a 1-pixel-high strip is still 1 high).</summary>
    private double RasterScale(int longSide)
    {
        var bounds = Picture!.CullRect;
        var scale = Math.Min(longSide, MaxRasterSide) / (double)Math.Max(bounds.Width, bounds.Height);
        var pixels = Math.Max(1, bounds.Width * scale) * Math.Max(1, bounds.Height * scale);
        return pixels > _pixelBudget ? scale * Math.Sqrt(_pixelBudget / pixels) : scale;
    }

    private byte[] RasteriseSvg(int longSide)
    {
        var bounds = Picture!.CullRect;
        var scale = (float)RasterScale(longSide);
        var (width, height) = PngSize(longSide);
        using var surface = SKSurface.Create(new SKImageInfo(width, height))
            ?? throw new InvalidOperationException($"SVG image '{Url}' cannot be drawn at {width}×{height} pixels");
        surface.Canvas.Clear(SKColors.Transparent);
        surface.Canvas.Scale(scale);
        surface.Canvas.Translate(-bounds.Left, -bounds.Top);
        surface.Canvas.DrawPicture(Picture);
        using var image = surface.Snapshot();
        return EncodePng(image) ?? throw new InvalidOperationException($"SVG image '{Url}' cannot be encoded as PNG");
    }

    private static byte[]? EncodePng(SKImage? image)
    {
        if (image is null) return null;
        using var encoded = image.Encode(SKEncodedImageFormat.Png, 100);
        return encoded?.ToArray();
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _raster?.Dispose();
            _pictureOwner?.Dispose();
        }
    }
}
