using GoOverview.Model;

namespace GoOverview.Slides.Planning;

/// <summary>
/// A picture ready for any slide writer: encoded bytes in a format every presentation program and PDF drawer reads
/// (PNG, JPEG or GIF; SVG arrives rasterised), the pixel size, and the description that becomes its alt text.
/// </summary>
internal sealed record SlidePicture(string Url, string Description, byte[] Data, string MediaType, int PixelWidth, int PixelHeight)
{
    /// <summary>Natural width in points (pixels at 96 dpi), the size the picture is shown at when there is room.</summary>
    public double NaturalWidth { get; init; } = PixelWidth * 0.75;

    public double NaturalHeight { get; init; } = PixelHeight * 0.75;
}

/// <summary>Loads the picture of a figure, or returns null after a diagnostic (missing, unsafe or undecodable file).</summary>
internal interface ISlidePictures
{
    SlidePicture? Load(Figure figure);
}
