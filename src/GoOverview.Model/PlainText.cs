using System.Text;

namespace GoOverview.Model;

/// <summary>The visible text of inlines and blocks, as a reader would copy it.</summary>
public static class PlainText
{
    public static string Of(IEnumerable<Inline> inlines)
    {
        var sb = new StringBuilder();
        Append(sb, inlines);
        return sb.ToString();
    }

    public static void Append(StringBuilder sb, IEnumerable<Inline> inlines)
    {
        foreach (var inline in inlines)
        {
            switch (inline)
            {
                case Text t: sb.Append(t.Value); break;
                case Code c: sb.Append(c.Text); break;
                case SoftBreak: sb.Append(' '); break;
                case LineBreak: sb.Append('\n'); break;
                case Image i: sb.Append(i.Alt); break;
                case FootnoteRef f: sb.Append(f.Number); break;
                case Ruby r: Append(sb, r.Fallback); break;
                case Formula f: sb.Append(f.Tex); break;
                case RawInline: break;
                default: Append(sb, DocumentWalker.ChildInlines(inline)); break;
            }
        }
    }

    /// <summary>All visible text of a block tree, one line per paragraph-like block.</summary>
    public static string Of(Block block)
    {
        var sb = new StringBuilder();
        foreach (var b in DocumentWalker.Descendants(block))
        {
            switch (b)
            {
                case CodeBlock code: sb.Append(code.Text).Append('\n'); break;
                case RawBlock: break;
                default:
                    foreach (var inlines in DocumentWalker.OwnInlines(b))
                    {
                        Append(sb, inlines);
                        sb.Append('\n');
                    }
                    break;
            }
        }
        return sb.ToString();
    }
}
