using System.Collections.Immutable;

namespace GoOverview.Slides.Planning;

/// <summary>A rectangle on the slide, in points from the slide's top-left corner.</summary>
internal readonly record struct Box(double X, double Y, double Width, double Height)
{
    public double Right => X + Width;

    public double Bottom => Y + Height;
}

/// <summary>
/// Geometry and type sizes of the deck, in points. Every line is written with an exact line height
/// (<see cref="LineHeight(double)"/>), so the height of a text block is lines × line height plus paragraph spacing:
/// the planner's measurement and the drawn slide agree.
/// </summary>
internal sealed record SlideTheme(
    double SlideWidth,
    double SlideHeight,
    Box TitleBox,
    Box BodyBox,
    Box SectionTitleBox,
    Box DeckTitleBox,
    Box DeckSubtitleBox,
    Box SlideNumberBox,
    Box TagBox,
    Box SectionFieldBox,
    Box SectionNumberBox,
    double TitleFontSize,
    double MinTitleFontSize,
    double SectionTitleFontSize,
    double DeckTitleFontSize,
    double DeckSubtitleFontSize,
    ImmutableArray<double> BodyFontSizes,
    ImmutableArray<double> CodeFontSizes,
    double ReferenceFontSize,
    double TagFontSize,
    double SectionNumberFontSize,
    double SlideNumberFontSize,
    double LineHeightFactor,
    double InsetX,
    double InsetY,
    double IndentPerLevel)
{
    /// <summary>Default margins around the slide edge.</summary>
    private const double Margin = 48;

    /// <summary>The theme for a slide of the given size (points); the default deck is 16:9, 960 × 540 pt.</summary>
    public static SlideTheme ForSlideSize(double width, double height)
    {
        var contentWidth = width - 2 * Margin;
        var titleBox = new Box(Margin, 44, contentWidth, 60);
        var bodyTop = titleBox.Bottom + 8;
        var footerTop = height - 40;
        // Section dividers: a colour field on the left third with the section number, the title to its right.
        var field = new Box(0, 0, Math.Round(width * 0.34), height);
        return new SlideTheme(
            width,
            height,
            titleBox,
            new Box(Margin, bodyTop, contentWidth, footerTop - 4 - bodyTop),
            new Box(field.Right + 40, height * 0.25, width - field.Right - 40 - Margin, height * 0.50),
            new Box(Margin, height * 0.24, contentWidth, height * 0.30),
            new Box(Margin, height * 0.56, contentWidth, height * 0.22),
            new Box(width - Margin - 120, footerTop, 120, 28),
            new Box(Margin, 14, contentWidth, 30),
            field,
            new Box(24, height * 0.30, field.Width - 48, height * 0.40),
            TitleFontSize: 32,
            MinTitleFontSize: 22,
            SectionTitleFontSize: 40,
            DeckTitleFontSize: 48,
            DeckSubtitleFontSize: 22,
            BodyFontSizes: [24, 20],
            CodeFontSizes: [20, 18, 16, 14],
            ReferenceFontSize: 20,
            TagFontSize: 14,
            SectionNumberFontSize: 88,
            SlideNumberFontSize: 12,
            LineHeightFactor: 1.5,
            InsetX: 7.2,
            InsetY: 3.6,
            IndentPerLevel: 28);
    }

    public static SlideTheme Default { get; } = ForSlideSize(960, 540);

    /// <summary>The colour band along the bottom of the title and closing slides.</summary>
    public Box TitleBandBox => new(0, Math.Round(SlideHeight * 0.82), SlideWidth, SlideHeight - Math.Round(SlideHeight * 0.82));

    /// <summary>The smallest body size: text that does not fit at this size continues on the next slide.</summary>
    public double MinBodyFontSize => BodyFontSizes[^1];

    /// <summary>
    /// Right inset of every text box: the usual inset plus room for punctuation that hangs past the line end
    /// (hangingPunct is on for Chinese), so hung "，。" stay inside the box.
    /// </summary>
    public double RightInset => InsetX + BodyFontSizes[0];

    /// <summary>Width of the text area of a box (between the left and right insets).</summary>
    public double TextAreaWidth(Box box) => box.Width - InsetX - RightInset;

    /// <summary>Gap between the two columns of a two-column slide body.</summary>
    public const double ColumnGap = 24;

    /// <summary>The body box's left and right halves (a list of short bullets in two columns).</summary>
    public Box LeftColumn => BodyBox with { Width = (BodyBox.Width - ColumnGap) / 2 };

    public Box RightColumn => BodyBox with { X = BodyBox.X + (BodyBox.Width + ColumnGap) / 2, Width = (BodyBox.Width - ColumnGap) / 2 };

    public double LineHeight(double fontSize) => Math.Round(fontSize * LineHeightFactor, 2);

    /// <summary>Height of each line of a paragraph: the theme's, or for a display equation its height plus half an em above and below.</summary>
    public double LineHeight(SlideParagraph paragraph, double fontSize) => paragraph.IsDisplayEquation
        ? Math.Round(fontSize * Math.Max(LineHeightFactor, paragraph.DisplayHeightEm + 1), 2)
        : LineHeight(fontSize);

    /// <summary>Space above a paragraph that is not the first on its slide.</summary>
    public double SpaceBefore(SlideParagraph paragraph, double fontSize, ContentKind kind) =>
        paragraph.StartsBox ? Math.Round(fontSize * 0.5, 2) + CalloutBand.Gap
        : paragraph.IsContinuation ? 0
        : kind == ContentKind.References ? 0
        : kind == ContentKind.Code ? Math.Round(fontSize * 0.15, 2)
        : kind == ContentKind.Agenda ? Math.Round(fontSize * 0.8, 2)
        : paragraph.Level == 0 ? Math.Round(fontSize * 0.5, 2)
        : Math.Round(fontSize * 0.2, 2);

    /// <summary>Font size of a paragraph: nested list levels are one step smaller.</summary>
    public double ParagraphFontSize(SlideParagraph paragraph, double bodySize) =>
        paragraph.Level == 0 ? bodySize : Math.Max(bodySize - 2, Math.Min(bodySize, MinBodyFontSize));

    /// <summary>Left margin of a paragraph's text (bullets hang in the indent before it).</summary>
    public double TextIndent(SlideParagraph paragraph, double fontSize) =>
        paragraph.Level * IndentPerLevel + (paragraph.Marker == ParagraphMarker.None ? 0 : MarkerWidth(fontSize));

    /// <summary>Room for "•" or "12." before a list item's text.</summary>
    public static double MarkerWidth(double fontSize) => Math.Round(fontSize * 1.5, 2);
}
