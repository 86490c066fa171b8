using System.Text;
using GoOverview.Model;

namespace GoOverview.Slides.Planning;

/// <summary>
/// The full text of a section for the speaker notes: heading, paragraphs, list items (indented, with markers),
/// links with their addresses. Nothing the section says is left out, even what the slide shortens or splits.
/// </summary>
internal static class NotesText
{
    /// <summary>Section notes up to this length are repeated on every slide of the section.</summary>
    public const int MaxRepeatedLength = 4_000;

    /// <summary>
    /// Notes of a slide after its section's first: the whole section again when it is short; for a longer one only
    /// the slide's own text (else a section spread over n slides would repeat its text n times, quadratic output).
    /// </summary>
    public static string ForLaterSlide(string sectionNotes, IEnumerable<string> slideText) =>
        sectionNotes.Length <= MaxRepeatedLength ? sectionNotes : string.Join('\n', slideText).Trim();

    /// <summary>The full text of one block (a slide's notes are the text of the blocks it shows).</summary>
    public static string OfBlock(Block block)
    {
        var sb = new StringBuilder();
        AppendBlock(sb, block, indent: "");
        return sb.ToString().TrimEnd();
    }

    /// <summary>The full text of a list item with its marker.</summary>
    public static string OfItem(ListItem item, string marker)
    {
        var sb = new StringBuilder();
        AppendItem(sb, item, "", marker);
        return sb.ToString().TrimEnd();
    }

    public static string For(Section section)
    {
        var sb = new StringBuilder();
        if (section.Heading is not null) AppendLine(sb, "", section.Heading.Content);
        foreach (var block in section.Blocks) AppendBlock(sb, block, indent: "");
        return sb.ToString().TrimEnd();
    }

    private static void AppendBlock(StringBuilder sb, Block block, string indent)
    {
        switch (block)
        {
            case Paragraph p: AppendLine(sb, indent, p.Content); break;
            case Heading h: AppendLine(sb, indent, h.Content); break;
            case BulletList l:
                foreach (var item in l.Items) AppendItem(sb, item, indent, "• ");
                break;
            case OrderedList l:
                for (var i = 0; i < l.Items.Length; i++) AppendItem(sb, l.Items[i], indent, $"{l.Start + i}. ");
                break;
            case CodeBlock c: sb.Append(c.Text.TrimEnd('\n')).Append('\n'); break;
            case RawBlock: break;
            default:
                foreach (var inlines in DocumentWalker.OwnInlines(block)) AppendLine(sb, indent, inlines);
                foreach (var child in DocumentWalker.ChildBlocks(block)) AppendBlock(sb, child, indent);
                break;
        }
    }

    private static void AppendItem(StringBuilder sb, ListItem item, string indent, string marker)
    {
        if (LinkLists.IsEmpty(item)) return;
        var first = true;
        foreach (var block in item.Blocks)
        {
            if (first && block is Paragraph p) AppendLine(sb, indent + marker, p.Content);
            else AppendBlock(sb, block, indent + "    ");
            first = false;
        }
    }

    private static void AppendLine(StringBuilder sb, string prefix, IEnumerable<Inline> inlines)
    {
        var text = new StringBuilder();
        AppendInlines(text, inlines);
        var line = text.ToString().Trim();
        if (line.Length == 0) return;
        sb.Append(prefix).Append(line).Append('\n');
    }

    private static void AppendInlines(StringBuilder sb, IEnumerable<Inline> inlines)
    {
        foreach (var inline in inlines)
        {
            if (inline is Link link)
            {
                var before = sb.Length;
                AppendInlines(sb, link.Content);
                var shown = sb.ToString(before, sb.Length - before);
                if (link.Url.Length > 0 && !link.Url.StartsWith('#') && !shown.Contains(link.Url, StringComparison.Ordinal))
                    sb.Append('（').Append(link.Url).Append('）');
            }
            else if (inline is Text or Code or SoftBreak or LineBreak or Image or FootnoteRef or RawInline or Ruby)
            {
                PlainText.Append(sb, [inline]);
            }
            else
            {
                AppendInlines(sb, DocumentWalker.ChildInlines(inline));
            }
        }
    }
}
