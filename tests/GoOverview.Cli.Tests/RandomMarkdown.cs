using System.Text;
using CsCheck;

namespace GoOverview.Cli.Tests;

/// <summary>CsCheck generators for hostile Markdown: syntax fragments, inline HTML, CJK, emoji and control characters.</summary>
internal static class RandomMarkdown
{
    private static readonly string[] Words =
    [
        "Go", "语言", "并发", "goroutine", "channel", "区块链", "分布式账本", "，", "。", "（", "）", "“", "”", "——", "……",
        "😀", "👩‍💻", "e\u0301", "مرحبا", "שלום", "𠀀", "\u0001", "\u000B", "\u001F", "\uFFFE", "\uFFFF", "\u200B", "\t",
        "&amp;", "&#0;", "&#x1F600;", "&nbsp;", "<", ">", "&", "\"", "'", "\\", "`", "*", "_", "~", "|", "[", "]", "#",
        "https://example.com/a?b=1&c=2", "a-very-long-word-without-spaces-that-must-still-break-somewhere-in-the-line",
    ];

    private static readonly string[] InlineHtml =
    [
        "<span style=\"color:rgb(255，0，0);font-weight:bold\">", "</span>", "<span style='color:#0f0'>", "<font color=red>",
        "</font>", "<b>", "</b>", "<i>", "</i>", "<u>", "</u>", "<s>", "</s>", "<sup>", "</sup>", "<sub>", "</sub>",
        "<kbd>", "</kbd>", "<mark>", "</mark>", "<br>", "<br/>", "<script>alert(1)</script>", "<a href=\"javascript:x()\">",
        "</a>", "<img src=x onerror=alert(1)>", "<span onclick=\"x()\">", "<unknown-tag>", "</div>", "<!-- c -->",
        "<span style=\"color:\">", "<span style=\"color:rgb(999,-1,x)\">", "<font color=>", "<em><strong>", "</em></strong>",
    ];

    private static readonly string[] InlineMarkup =
    [
        "**", "*", "_", "~~", "`", "[", "](", ")", "![", "[^1]", "[^n]", "<https://example.com>", "[]()", "[链接]()",
        "[x](#section)", "![图](missing.png)", "![remote](https://example.com/x.png)", "![up](../../etc/passwd)", "  \n",
    ];

    private static readonly string[] BlockPrefixes =
    [
        "", "", "", "# ", "## ", "### ", "#### ", "##### ", "###### ", "- ", "* ", "1. ", "3) ", "- [ ] ", "- [x] ", "> ",
        "> > ", "\t- ", "    - ", "        - ", "    ", "| ", "[^1]: ", "[^n]: ",
    ];

    private static readonly string[] BlockExtras =
    [
        "```go\nfunc main() {\n\tfmt.Println(\"你好\")\n}\n```", "```\nunclosed fence", "---", "***", "| a | b |\n|---|:-:|\n| 1 | 2 | 3 |",
        "a | b\n--|--\n中 | 文", "<div>\n<p>块</p>\n</div>", "<table><tr><td>x</td></tr></table>", "---\ntitle: [unclosed\n---",
        "---\ntitle: 题\nauthor: [甲, 乙]\n---", "$$\nx\n$$", "<details><summary>s</summary>d</details>", "",
    ];

    private static readonly Gen<string> Inline = Gen.Frequency(
        (6, Gen.OneOf(Words)),
        (2, Gen.OneOf(InlineHtml)),
        (2, Gen.OneOf(InlineMarkup)),
        (1, Gen.Char.Select(c => c.ToString())),
        (1, Gen.String[0, 12]));

    private static readonly Gen<string> Line =
        Gen.Select(Gen.OneOf(BlockPrefixes), Inline.Array[0, 14], (prefix, parts) => prefix + string.Concat(parts));

    private static readonly Gen<string> Block = Gen.Frequency(
        (8, Line.Array[1, 4].Select(lines => string.Join("\n", lines))),
        (2, Gen.OneOf(BlockExtras)));

    /// <summary>A whole document: blocks separated by blank or single newlines, sometimes CRLF or with a BOM.</summary>
    public static readonly Gen<string> Document = Gen.Select(Block.Array[0, 16], Gen.Int[0, 9], (blocks, style) =>
    {
        var sb = new StringBuilder();
        if (style == 0) sb.Append('\uFEFF');
        foreach (var b in blocks) sb.Append(b).Append(style == 1 ? "\n" : "\n\n");
        var text = sb.ToString();
        return style == 2 ? text.Replace("\n", "\r\n") : text;
    });
}
