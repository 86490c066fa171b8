using System.Xml.Linq;

namespace GoOverview.Word.Styles;

/// <summary>
/// A body face other than Noto Sans SC (--font serif, a font file or family): body text in that face, headings and
/// titles in the sans bold (the Chinese book convention of 黑体 headings over a 宋体 text).
/// </summary>
internal sealed partial class StyleSheet
{
    private static readonly HashSet<string> TitleStyleIds = new(StringComparer.OrdinalIgnoreCase) { "Title", "Subtitle", "Author", "TOCHeading" };

    private string? _headingFamily;

    public void SetBodyFace(string bodyFamily, string headingFamily)
    {
        var fonts = RunDefaults().Element(W + "rFonts") ?? new XElement(W + "rFonts");
        if (fonts.Parent is null) RunDefaults().AddFirst(fonts);
        foreach (var attribute in new[] { "ascii", "eastAsia", "hAnsi", "cs" })
            fonts.SetAttributeValue(W + attribute, bodyFamily);
        foreach (var theme in new[] { "asciiTheme", "eastAsiaTheme", "hAnsiTheme", "cstheme" })
            fonts.Attribute(W + theme)?.Remove();
        _headingFamily = headingFamily;
        foreach (var style in _styles.Elements(W + "style")) ApplyHeadingFace(style);
    }

    /// <summary>Headings (an outline level), the title and TOC heading take the heading face.</summary>
    private void ApplyHeadingFace(XElement style)
    {
        if (_headingFamily is null || (string?)style.Attribute(W + "type") != "paragraph") return;
        var outline = style.Element(W + "pPr")?.Element(W + "outlineLvl");
        var isHeading = outline is not null && (string?)outline.Attribute(W + "val") != "9"
            || TitleStyleIds.Contains((string?)style.Attribute(W + "styleId") ?? "");
        if (!isHeading) return;
        var rPr = style.Element(W + "rPr");
        if (rPr is null)
        {
            rPr = new XElement(W + "rPr");
            style.Add(rPr);
        }
        var fonts = rPr.Element(W + "rFonts");
        if (fonts is null)
        {
            fonts = new XElement(W + "rFonts");
            rPr.AddFirst(fonts);
        }
        foreach (var attribute in new[] { "ascii", "eastAsia", "hAnsi", "cs" })
            fonts.SetAttributeValue(W + attribute, _headingFamily);
    }
}
