using System.Text;
using CsCheck;

namespace GoOverview.Markdown.Tests.Support;

/// <summary>
/// CsCheck generators for hostile Markdown: syntax fragments, CJK, emoji, control characters and random inline
/// HTML (any tag name, any attributes, broken quoting, unbalanced open/close).
/// </summary>
internal static class RandomMarkdown
{
    private static readonly string[] Words =
    [
        "Go", "语言", "并发", "区块链", "分布式账本", "，", "。", "（", "）", "“", "”", "、", "かな", "한국어", "𠀀",
        "😀", "👨‍👩‍👧", "e\u0301", "\uD83D", "\uDE00", "\0", "\u0001", "\u001B", "\u007F", "\u200B", "\u202E", "\uFFFE",
        "\t", " ", "  ", "&amp;", "&#0;", "&#x110000;", "&bogus;", "&nbsp;", "\\", "http://x.y/z", "www.go.dev", "<a@b.c>",
    ];

    private static readonly string[] Markup =
    [
        "**", "*", "_", "__", "~~", "~", "^", "`", "``", "[", "]", "(", ")", "](", "![", "[^1]", "[^x]", "[]()", "[t]()",
        "[](u)", "{#id}", "{.c}", "|", "  \n", "\\\n", "\n", "\n\n", "\r\n", "\r",
    ];

    private static readonly string[] TagNames =
    [
        "span", "font", "b", "strong", "i", "em", "u", "ins", "s", "del", "strike", "mark", "sup", "sub", "kbd", "code",
        "br", "img", "a", "div", "p", "table", "td", "script", "style", "blink", "x-y", "SPAN", "Font", "wbr", "hr",
    ];

    private static readonly string[] AttributeValues =
    [
        "color:rgb(255，0，0);font-weight:bold", "color：red；font-weight：700", "color:#f00", "color:#ff000080",
        "color:rgba(100%,0%,0%,.5)", "color:rgb(", "color:", ";;;:", "font-weight:bold", "background:yellow url(x)",
        "text-decoration:underline line-through", "red", "#0f0", "", "javascript:alert(1)", "a.png", "中文", "\"", "'",
    ];

    private static readonly Gen<string> Attribute = Gen.Select(
        Gen.OneOf("style", "color", "href", "src", "alt", "class", "id", "title", "onclick", "x"),
        Gen.OneOf(AttributeValues),
        Gen.Int[0, 3],
        (name, value, quoting) => quoting switch
        {
            0 => $" {name}=\"{value}\"",
            1 => $" {name}='{value}'",
            2 => $" {name}={value.Replace(" ", "")}",
            _ => $" {name}=\"{value}", // unterminated quote
        });

    private static readonly Gen<string> Tag = Gen.Select(
        Gen.OneOf(TagNames),
        Attribute.Array[0, 3],
        Gen.Int[0, 5],
        (name, attributes, form) => form switch
        {
            0 or 1 => $"<{name}{string.Concat(attributes)}>",
            2 => $"</{name}>",
            3 => $"<{name}{string.Concat(attributes)}/>",
            4 => $"<{name}{string.Concat(attributes)}", // never closed '<'
            _ => "<!-- " + name + " -->",
        });

    private static readonly Gen<string> Inline = Gen.Frequency(
        (6, Gen.OneOf(Words)),
        (3, Gen.OneOf(Markup)),
        (3, Tag),
        (1, Gen.Char.Select(c => c.ToString())),
        (1, Gen.String[0, 8]));

    private static readonly Gen<string> Prefix = Gen.OneOf(
        "", "", "", "# ", "## ", "#### ", "- ", "* ", "+ ", "1. ", "7) ", "- [ ] ", "- [x] ", "> ", "> > ", "\t- ", "    - ",
        "        ", "| ", "[^1]: ", "[^x]: ", "```", "~~~", "---", "***", "===", "<div>", "<table>", "<!--");

    private static readonly Gen<string> Line = Gen.Select(Prefix, Inline.Array[0, 12], (prefix, parts) => prefix + string.Concat(parts));

    private static readonly Gen<string> Extra = Gen.OneOf(
        "---\ntitle: 题\nauthor: [甲, 乙]\n---", "---\ntitle: [unclosed\n---", "---\n: : :\n\t- x\n---",
        "| a | b |\n|:-|-:|\n| 1 | 2 | 3 |", "a | b\n--|--\n中 | 文", "```go\nfunc main() {}\n```", "```\nunclosed",
        "<div style=\"color:red\">\n<p>块<b>粗</p>\n</div>", "<img src=\"a.png\" alt=\"图\">", "[ref]: https://x \"t\"\n[ref]",
        new string('>', 80) + " 深", string.Concat(Enumerable.Repeat("- ", 80)) + "深", new string('*', 90) + "a" + new string('*', 90));

    private static readonly Gen<string> Block = Gen.Frequency(
        (8, Line.Array[1, 5].Select(lines => string.Join("\n", lines))),
        (1, Extra));

    /// <summary>A document of random blocks; sometimes with a BOM, CRLF line ends or no blank lines between blocks.</summary>
    public static readonly Gen<string> Document = Gen.Select(Block.Array[0, 14], Gen.Int[0, 9], (blocks, style) =>
    {
        var sb = new StringBuilder();
        if (style == 0) sb.Append('\uFEFF');
        foreach (var b in blocks) sb.Append(b).Append(style == 1 ? "\n" : "\n\n");
        var text = sb.ToString();
        return style == 2 ? text.Replace("\n", "\r\n") : text;
    });
}
