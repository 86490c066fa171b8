using GoOverview.Model;

namespace GoOverview.Export;

/// <summary>
/// The look of a generated cover, shared by the PDF handout's cover page (its theme's defaults) and the EPUB cover
/// image: an accent band over the top two-fifths holding the title (white, set left, sitting on the band's lower
/// edge under a short white rule) and the subtitle; author(s) and date on white below.
/// </summary>
public static class CoverDesign
{
    public static readonly RgbColor Accent = new(0x1D, 0x4F, 0x91);
    public static readonly RgbColor Subtitle = new(0xDC, 0xE6, 0xF2);
    public static readonly RgbColor Heading = new(0x10, 0x18, 0x28);
    public static readonly RgbColor Muted = new(0x6B, 0x72, 0x80);
    public static readonly RgbColor Rule = new(0xC3, 0xC8, 0xCF);

    /// <summary>The band covers at least this share of the page height.</summary>
    public const float BandFraction = 0.42f;

    /// <summary>Title line height as a multiple of the title size.</summary>
    public const float TitleLineHeight = 1.3f;

    /// <summary>Subtitle size as a share of the title size.</summary>
    public const float SubtitleScale = 0.55f;
}
