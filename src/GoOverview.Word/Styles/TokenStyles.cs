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

    /// <summary>The character style of line numbers in a numbered block ("Code Line Number": upright, in the comment colour).</summary>
    public static string LineNumberId(StyleSheet styles, CodeTheme theme) =>
        styles.IdOrAdd(LineNumberName, () => Definition(LineNumberName, theme[TokenKind.Comment] with { Bold = false, Italic = false }));

    private const string LineNumberName = "Code Line Number";

    private static XElement Definition(CodeTheme theme, TokenKind kind) => Definition(kind.StyleName(), theme[kind]);

    private static XElement Definition(string name, TokenStyle style)
    {
        var properties = new XElement(W + "rPr");
        if (style.Bold) properties.Add(new XElement(W + "b"), new XElement(W + "bCs"));
        if (style.Italic) properties.Add(new XElement(W + "i"), new XElement(W + "iCs"));
        properties.Add(new XElement(W + "noProof"));
        properties.Add(new XElement(W + "color", new XAttribute(W + "val", style.Color.ToHex())));
        return new XElement(W + "style",
            new XAttribute(W + "type", "character"), new XAttribute(W + "customStyle", "1"), new XAttribute(W + "styleId", name.Replace(" ", "", StringComparison.Ordinal)),
            new XElement(W + "name", new XAttribute(W + "val", name)),
            new XElement(W + "basedOn", new XAttribute(W + "val", "DefaultParagraphFont")),
            new XElement(W + "uiPriority", new XAttribute(W + "val", "99")),
            new XElement(W + "semiHidden"), new XElement(W + "unhideWhenUsed"),
            properties);
    }
}
