using System.Xml.Linq;
using GoOverview.Export.Code;

namespace GoOverview.Word.Styles;

/// <summary>
/// One character style per token kind, named as pandoc names them ("KeywordTok", "StringTok"…), defined from the
/// run's code style unless the reference document already has a style of that name (which then restyles the code).
/// </summary>
internal static class TokenStyles
{
    private static readonly XNamespace W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    /// <summary>The style id for a kind (null for Normal: plain text in the Source Code paragraph style).</summary>
    public static string? Id(StyleSheet styles, CodeTheme theme, TokenKind kind) =>
        kind == TokenKind.Normal ? null : styles.IdOrAdd(kind.StyleName(), () => Definition(theme, kind));

    private static XElement Definition(CodeTheme theme, TokenKind kind)
    {
        var style = theme[kind];
        var properties = new XElement(W + "rPr");
        if (style.Bold) properties.Add(new XElement(W + "b"), new XElement(W + "bCs"));
        if (style.Italic) properties.Add(new XElement(W + "i"), new XElement(W + "iCs"));
        properties.Add(new XElement(W + "noProof"));
        properties.Add(new XElement(W + "color", new XAttribute(W + "val", style.Color.ToHex())));
        return new XElement(W + "style",
            new XAttribute(W + "type", "character"), new XAttribute(W + "customStyle", "1"), new XAttribute(W + "styleId", kind.StyleName()),
            new XElement(W + "name", new XAttribute(W + "val", kind.StyleName())),
            new XElement(W + "basedOn", new XAttribute(W + "val", "DefaultParagraphFont")),
            new XElement(W + "uiPriority", new XAttribute(W + "val", "99")),
            new XElement(W + "semiHidden"), new XElement(W + "unhideWhenUsed"),
            properties);
    }
}
