using System.Collections.Immutable;
using GoOverview.Model;

namespace GoOverview.Word.Tests.Support;

/// <summary>Model documents built in code (pandoc's way of testing writers).</summary>
internal static class Fixtures
{
    public static ImmutableArray<Inline> T(string text) => [new Text(text)];

    public static Paragraph P(params Inline[] inlines) => new([.. inlines]);

    public static Paragraph P(string text) => new(T(text));

    public static Heading H(int level, string text, string id = "") => new(level, T(text), id.Length > 0 ? Attr.WithId(id) : Attr.Empty);

    public static ListItem Item(params Block[] blocks) => new([.. blocks]);

    public static Document Doc(IEnumerable<Block> blocks, IEnumerable<FootnoteDefinition>? notes = null, Metadata? metadata = null,
        string? baseDirectory = null) =>
        new(metadata ?? Metadata.Empty with { Title = "测试文档" }, [.. blocks], [.. notes ?? []],
            baseDirectory is null ? "fixture.md" : Path.Combine(baseDirectory, "fixture.md"), baseDirectory);

    /// <summary>Nested lists: a bullet list holding an ordered list that starts at 3, then a second ordered list from 1.</summary>
    public static Document NestedLists() => Doc([
        H(1, "列表", "lists"),
        new BulletList([
            Item(P("第一项"), new OrderedList(3, [Item(P("三")), Item(P("四"), new BulletList([Item(P("深层"))], true))], true)),
            Item(P("第二项")),
        ], true),
        new OrderedList(1, [Item(P("一")), Item(P("二"))], false),
        new OrderedList(7, [Item(P("七")), Item(P("八"))], true),
    ]);

    public static Document TablesCodeQuotesNotes() => Doc([
        H(1, "表格与代码", "tables"),
        P(new Text("正文“引号”与脚注"), new FootnoteRef("a", 1), new Text("，以及"), new Code("fmt.Println"), new Text("。")),
        new Table([ColumnAlignment.Left, ColumnAlignment.Center, ColumnAlignment.Right],
            new TableRow([new TableCell(T("语言")), new TableCell(T("年份")), new TableCell(T("作者"))]),
            [
                new TableRow([new TableCell(T("Go")), new TableCell(T("2009")), new TableCell(T("Rob Pike"))]),
                new TableRow([new TableCell(T("C")), new TableCell(T("1972")), new TableCell([new Strong(T("Dennis Ritchie"))])]),
            ], Attr.Empty),
        new CodeBlock("go", "package main\n\nfunc main() {\n\tprintln(\"你好，世界\")\n}\n", Attr.Empty),
        new BlockQuote([P("引用的一段话。"), new BlockQuote([P("嵌套引用。")])]),
        new ThematicBreak(),
        P(new Emphasis([new Text("强调中文 and English")]), new LineBreak(), new Strikethrough(T("删除")), new Text(" "),
            new Underline(T("下划线")), new Text(" H"), new Subscript(T("2")), new Text("O x"), new Superscript(T("2")),
            new Span(Attr.Empty, new TextStyle(Color: new RgbColor(0, 0x80, 0)), T("绿色文字")),
            new Link(T("内部链接"), "#tables", ""), new Link(T("外部链接"), "https://go.dev/", "Go")),
    ], [new FootnoteDefinition("a", 1, [P("脚注正文。")])]);
}
