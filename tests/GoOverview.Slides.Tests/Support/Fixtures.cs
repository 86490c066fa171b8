using System.Collections.Immutable;
using GoOverview.Model;

namespace GoOverview.Slides.Tests.Support;

/// <summary>Small model documents built in code (the pandoc way: writer tests do not depend on the reader).</summary>
internal static class Fixtures
{
    public static Document Doc(string title, params Block[] blocks) =>
        new(Metadata.Empty with { Title = title, Authors = ["测试作者"] }, [.. blocks], [], "fixture.md", null);

    public static Heading H(int level, string text, string? id = null) =>
        new(level, [new Text(text)], Attr.WithId(id ?? "h-" + Math.Abs(text.GetHashCode()))) { Location = new SourceLocation("fixture.md", level * 10, 1) };

    public static Paragraph P(params Inline[] inlines) => new([.. inlines]) { Location = new SourceLocation("fixture.md", 5, 1) };

    public static Paragraph P(string text) => P(new Text(text));

    public static ListItem Item(params Block[] blocks) => new([.. blocks]);

    public static ListItem Item(string text) => new([P(text)]);

    public static BulletList Bullets(params ListItem[] items) => new([.. items], true);

    public static Span KeyTerm(string text) =>
        new(Attr.WithClasses(KeyTerms.ClassName), new TextStyle(Color: RgbColor.Red, Bold: true), [new Text(text)]);

    public static Link Link(string text, string url) => new([new Text(text)], url, "");

    /// <summary>A long Chinese paragraph: the same sentence n times (numbered so every repetition is distinct).</summary>
    public static string LongChinese(int sentences) =>
        string.Concat(Enumerable.Range(1, sentences).Select(i => $"第{i}句：Go语言的并发模型通过Goroutine和Channel实现，可以非常方便地编写高效的并发程序。"));

    /// <summary>Exercises every block kind the planner handles.</summary>
    public static Document Mixed() => Doc("混合测试",
        H(1, "混合测试"),
        P("导言段落。"),
        H(2, "一、列表", "s1"),
        H(3, "1.1 嵌套", "s11"),
        Bullets(
            Item(P(new Strong([new Text("加粗")]), new Text("：说明文字，"), KeyTerm("关键术语"), new Text("，以及English words。"))),
            Item(P("外层"), Bullets(Item("内层一"), Item(P("内层二"), Bullets(Item("第三层"))))),
            Item(P(Link("", "")))),
        new OrderedList(3, [Item("第三项"), Item("第四项")], true),
        H(3, "1.2 代码与表格", "s12"),
        new CodeBlock("go", "package main\n\nfunc main() {\n\tprintln(\"你好\")\n}\n", Attr.Empty),
        new Table([ColumnAlignment.Left, ColumnAlignment.Left],
            new TableRow([new TableCell([new Text("语言")]), new TableCell([new Text("用途")])]),
            [new TableRow([new TableCell([new Text("Go")]), new TableCell([new Text("服务器")])])], Attr.Empty),
        P(new Text("跳到"), Link("嵌套", "#s11"), new Text("；外链"), Link("Go官网", "https://go.dev/"), new LineBreak(), new Text("换行之后。")),
        H(2, "二、长文", "s2"),
        H(3, "2.1 很长的一节", "s21"),
        P(LongChinese(20)),
        Bullets(Enumerable.Range(1, 12).Select(i => Item($"要点{i}：{LongChinese(1)}")).ToArray()),
        H(4, "1）小节", "s211"),
        P("小节正文。"),
        H(2, "三、参考", "s3"),
        Bullets(Enumerable.Range(1, 30).Select(i => Item(P(Link($"参考链接{i} 示例网站_(example.com)", $"https://example.com/{i}")))).ToArray()));
}
