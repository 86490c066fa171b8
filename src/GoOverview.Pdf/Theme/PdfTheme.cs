using GoOverview.Model;

namespace GoOverview.Pdf.Theme;

/// <summary>Sizes (points), spacing and colours of the handout; read from templates/pdf/theme.json.</summary>
internal sealed record PdfTheme
{
    public PdfMargins Margins { get; init; } = new(68, 62, 62, 62);
    public float BodySize { get; init; } = 10.5f;
    /// <summary>"bodyFont": "serif", "sans", a font file or an installed family; null: the fonts the run was started with.</summary>
    public GoOverview.Fonts.Choice.FontChoice? BodyFont { get; init; }
    public float LineHeight { get; init; } = 1.72f;
    public float ParagraphSpacing { get; init; } = 6;
    public float[] HeadingSizes { get; init; } = [20, 15.5f, 12.5f, 11.5f, 10.5f, 10.5f];
    public float[] HeadingSpaceBefore { get; init; } = [22, 22, 15, 11, 9, 9];
    public float[] HeadingSpaceAfter { get; init; } = [10, 9, 5, 4, 3, 3];
    public float HeadingLineHeight { get; init; } = 1.4f;
    public float CodeSize { get; init; } = 8.8f;
    public float CodeLineHeight { get; init; } = 1.5f;
    /// <summary>The code style when neither `--highlight-style` nor the config names one (null: the default).</summary>
    public string? HighlightStyle { get; init; }
    public float TableSize { get; init; } = 9.5f;
    public float CaptionSize { get; init; } = 9;
    public float FootnoteSize { get; init; } = 8.5f;
    public float FootnoteLineHeight { get; init; } = 1.55f;
    public float HeaderFooterSize { get; init; } = 8.5f;
    public float CoverTitleSize { get; init; } = 28;
    public float ListIndentEm { get; init; } = 1.9f;

    public RgbColor Text { get; init; } = new(0x1E, 0x1E, 0x1E);
    public RgbColor Heading { get; init; } = new(0x10, 0x18, 0x28);
    public RgbColor Accent { get; init; } = new(0x1D, 0x4F, 0x91);
    public RgbColor Link { get; init; } = new(0x1A, 0x5F, 0xB4);
    public RgbColor KeyTerm { get; init; } = RgbColor.Red;
    public RgbColor Muted { get; init; } = new(0x6B, 0x72, 0x80);
    public RgbColor Rule { get; init; } = new(0xC3, 0xC8, 0xCF);
    public RgbColor CodeBackground { get; init; } = new(0xF3, 0xF4, 0xF6);
    public RgbColor InlineCodeBackground { get; init; } = new(0xEE, 0xF0, 0xF3);
    public RgbColor TableHeader { get; init; } = new(0xE8, 0xED, 0xF4);
    public RgbColor TableBorder { get; init; } = new(0x9C, 0xA3, 0xAF);
    public RgbColor QuoteBar { get; init; } = new(0xC9, 0xD2, 0xDE);
    public RgbColor QuoteText { get; init; } = new(0x4B, 0x55, 0x63);

    public float HeadingSize(int level) => HeadingSizes[Math.Clamp(level, 1, 6) - 1];
}
