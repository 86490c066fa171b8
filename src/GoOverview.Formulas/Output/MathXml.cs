using System.Text;

namespace GoOverview.Formulas.Output;

/// <summary>XML escaping for the math outputs; characters XML 1.0 forbids are dropped.</summary>
internal static class MathXml
{
    public static StringBuilder AppendEscaped(this StringBuilder builder, string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '&': builder.Append("&amp;"); break;
                case '<': builder.Append("&lt;"); break;
                case '>': builder.Append("&gt;"); break;
                case '"': builder.Append("&quot;"); break;
                default:
                    if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                    {
                        builder.Append(c).Append(text[++i]);
                    }
                    else if (IsXmlChar(c)) builder.Append(c);
                    break;
            }
        }
        return builder;
    }

    private static bool IsXmlChar(char c) =>
        c is '\t' or '\n' or '\r' || c >= 0x20 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD;
}
