using DocumentFormat.OpenXml.Wordprocessing;
using GoOverview.Model;

namespace GoOverview.Word.Content;

/// <summary>The character formatting in effect while inlines are converted (nested containers add to it).</summary>
internal sealed record RunFormat
{
    public static readonly RunFormat Plain = new();

    /// <summary>Character style id (Key Term, Hyperlink, Verbatim Char, footnote reference).</summary>
    public string? StyleId { get; init; }

    public bool Bold { get; init; }

    /// <summary>Emphasis: Latin text is slanted, Han text gets emphasis dots (italic is not a Chinese convention).</summary>
    public bool Emphasis { get; init; }

    public bool Italic { get; init; }

    public bool Strike { get; init; }

    public bool Underline { get; init; }

    public VerticalPositionValues? VerticalPosition { get; init; }

    public RgbColor? Color { get; init; }

    public RgbColor? Background { get; init; }

    /// <summary>Run properties for a piece of text; <paramref name="han"/> tells whether the piece is Han text.</summary>
    public RunProperties? ToRunProperties(bool eastAsianHint, bool han)
    {
        var p = new RunProperties();
        if (StyleId is not null) p.RunStyle = new RunStyle { Val = StyleId };
        if (eastAsianHint) p.RunFonts = new RunFonts { Hint = FontTypeHintValues.EastAsia };
        if (Bold)
        {
            p.Bold = new Bold();
            p.BoldComplexScript = new BoldComplexScript();
        }
        if (Italic || (Emphasis && !han))
        {
            p.Italic = new Italic();
            p.ItalicComplexScript = new ItalicComplexScript();
        }
        if (Strike) p.Strike = new Strike();
        if (Color is { } color) p.Color = new DocumentFormat.OpenXml.Wordprocessing.Color { Val = color.ToHex() };
        if (Underline) p.Underline = new DocumentFormat.OpenXml.Wordprocessing.Underline { Val = UnderlineValues.Single };
        if (Background is { } bg) p.Shading = new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = bg.ToHex() };
        if (VerticalPosition is { } v) p.VerticalTextAlignment = new VerticalTextAlignment { Val = v };
        if (Emphasis && han) p.Emphasis = new DocumentFormat.OpenXml.Wordprocessing.Emphasis { Val = EmphasisMarkValues.Dot };
        return p.HasChildren ? p : null;
    }
}
