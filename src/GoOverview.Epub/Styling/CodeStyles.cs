using System.Text;
using GoOverview.Export.Code;

namespace GoOverview.Epub.Styling;

/// <summary>
/// The code style as CSS: the block's background and one rule per token class. Keywords are bold whatever the style,
/// so code stays readable on a monochrome e-ink screen.
/// </summary>
internal static class CodeStyles
{
    public static string Css(CodeTheme theme)
    {
        var sb = new StringBuilder("/* Code highlighting: the \"").Append(theme.Name).Append("\" style. */\n");
        sb.Append("pre.code { background-color: #").Append(theme.Background.ToHex()).Append("; color: #").Append(theme.Normal.Color.ToHex()).Append("; }\n");
        foreach (var kind in TokenKinds.All)
        {
            if (kind == TokenKind.Normal) continue;
            var style = theme[kind];
            var bold = style.Bold || kind is TokenKind.Keyword or TokenKind.ControlFlow or TokenKind.Import;
            sb.Append("pre.code .").Append(kind.CssClass()).Append(" { color: #").Append(style.Color.ToHex()).Append(';');
            if (bold) sb.Append(" font-weight: bold;");
            if (style.Italic) sb.Append(" font-style: italic;");
            sb.Append(" }\n");
        }
        return sb.ToString();
    }
}
