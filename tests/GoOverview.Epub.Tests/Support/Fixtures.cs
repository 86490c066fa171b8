using System.Collections.Immutable;
using GoOverview.Model;
using SkiaSharp;
using static GoOverview.Epub.Tests.Support.M;

namespace GoOverview.Epub.Tests.Support;

/// <summary>Model documents the tests build: a seed-like Chinese overview and a document with every block kind.</summary>
internal static class Fixtures
{
    public const string SeedTitle = "Golang概述";

    public static readonly string[] SeedKeyTerms =
        ["分布式账本", "去中心化、不可篡改、透明、安全和可编程性", "排序，推荐，搜索等", "负载均衡，cache，容错，按条件分流"];

    /// <summary>The seed's shape: 1 H1, H2 sections with H3/H4, 4 key terms, links, strong runs, nested lists, empty links.</summary>
    public static Document SeedLike()
    {
        var blocks = new List<Block>
        {
            H(1, "golang概述", SeedTitle),
            P("Go是一种编译型语言，它结合了解释型语言的游刃有余，动态类型语言的开发效率，以及静态类型的安全性。"),
            H(2, "一go", "一、Go"),
            H(3, "背景", "背景"),
            P("Go语言是谷歌推出的一种全新的编程语言。谷歌首席软件工程师罗布派克(Rob Pike)说：我们之所以开发Go，是因为过去10多年间软件开发的难度令人沮丧。"),
            H(2, "二go应用领域", "二、Go应用领域"),
            Bullets(Item(P(A("https://www.php.cn/faq/468212.html", "go语言适合于哪些领域 PHP中文网_(php.cn)")))),
            H(3, "21-区块链的应用开发", "2.1 区块链的应用开发"),
            P(T("区块链是一种安全可信的去中心化"), KeyTerm(SeedKeyTerms[0]), T("，它结合了分布式存储、点对点传输、共识机制。")),
            P(T("区块链的特点包括"), KeyTerm(SeedKeyTerms[1]), T("。每个数据块都链接到前一个块。")),
            H(4, "1区块链开发框架", "1）区块链开发框架"),
            Bullets(
                Item(P(B(T("支付和现金交易")), T("：区块链通过自身去中心化的优势为支付和现金交易创建一个更直接的支付流。"))),
                Item(P(B(T("银行业")), T("：本质上来说，银行是一个安全的存储仓库和价值的交换中心。")))),
            H(3, "22-后台的服务应用", "2.2 后台的服务应用"),
            P(T("美团后台流量支撑程序，支撑主站后台流量（"), KeyTerm(SeedKeyTerms[2]), T("），提供"), KeyTerm(SeedKeyTerms[3]),
                T("，统计运行指标（qps，latency）等功能。")),
            H(2, "三go语言适合做什么", "三、Go语言适合做什么"),
            Bullets(
                Item(P(A("https://blog.csdn.net/SQ19939/article/details/117064333", "Go 语言到底适合干什么？ CSDN博客_(csdn.net)"))),
                Item(P(new Link([], "", ""))),
                Item(P(new Link([], "", "")))),
            H(3, "31-网络编程", "3.1 网络编程"),
            P(T("Go语言在网络编程领域具有显著的优势，详见"), A("#二go应用领域", "应用领域"), T("。")),
            H(2, "四go有什么优势", "四、Go有什么优势"),
            new BulletList([
                Item(P("简洁和易学："), Bullets(Item(P("Go语法简单明了，上手容易。")), Item(P("从工程的角度讲，Go的设计是非常优秀的。")))),
                Item(P("性能优越：Go编译成机器码，执行性能接近C/C++。")),
            ], Tight: true),
        };
        return Doc(Meta(SeedTitle), blocks);
    }

    /// <summary>Tables, code, an image, a remote image, footnotes, raw HTML (safe and hostile), odd characters.</summary>
    public static Document Rich(string folder)
    {
        WritePng(Path.Combine(folder, "chart.png"), 160, 90);
        var blocks = new List<Block>
        {
            H(1, "富文本测试", "富文本测试"),
            P(T("这段文字有脚注"), new FootnoteRef("a", 1), T("，还有第二个脚注"), new FootnoteRef("b", 2), T("。")),
            H(2, "表格", "表格与代码"),
            new Table([ColumnAlignment.Left, ColumnAlignment.Center, ColumnAlignment.Right],
                new TableRow([new TableCell([T("语言")]), new TableCell([T("类型")]), new TableCell([T("年份")])]),
                [
                    new TableRow([new TableCell([T("Go")]), new TableCell([T("编译型")]), new TableCell([T("2009")])]),
                    new TableRow([new TableCell([B(T("Python"))]), new TableCell([T("解释型")]), new TableCell([new Code("1991")])]),
                ], Attr.WithId("lang-table")),
            new CodeBlock("go", "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tfmt.Println(\"你好，世界 <&>\")\n}\n", Attr.Empty),
            P(T("行内代码 "), new Code("go build"), T(" 与 "), new Code("Ctrl+C", Attr.WithClasses("kbd")), T("。")),
            H(2, "图片", "图片"),
            new Figure(new Image("示意图", "chart.png", ""), [T("图 1：示意图")], Attr.WithId("fig-chart")),
            P(T("远程图片："), new Image("远程图", "https://example.com/remote.png", "")),
            P(T("第二个脚注再次引用"), new FootnoteRef("a", 1), T("。见"), A("#lang-table", "上面的表格"), T("。")),
            H(2, "原始HTML", "原始 HTML"),
            // what the reader makes of raw HTML: model nodes (a comment stays a RawBlock that shows nothing)
            new Div(Attr.WithClasses("note"), [P(T("安全的"), B(T("HTML")), T("段落"), new LineBreak(), T("换行"))]),
            P(T("行内"), new Span(Attr.Empty, new TextStyle(Color: new RgbColor(0xff, 0x88, 0x00)), [T("橙色文字")]), T("和危险链接以及远程结束。")),
            new Table([ColumnAlignment.Default, ColumnAlignment.Default],
                new TableRow([new TableCell([]), new TableCell([])]),
                [
                    new TableRow([new TableCell([T("原始表格单元")]) { RowSpan = 2 }, new TableCell([T("第二格")])]),
                    new TableRow([new TableCell([]) { Covered = true }, new TableCell([T("第三格")])]),
                    new TableRow([new TableCell([T("通栏")]) { ColSpan = 2 }, new TableCell([]) { Covered = true }]),
                ], Attr.Empty),
            new RawBlock("html", "<!-- 注释不显示 -->"),
            new Div(Attr.WithClasses(BlockAlignment.CenterClass), [new BulletList([Item(P("列表一")), Item(P("列表二"))], Tight: true)]),
            P(new Span(Attr.Empty, new TextStyle(Color: new RgbColor(0x33, 0x66, 0x99)), [T("蓝色文字")]),
                T("和控制字符\u0001被删除。"), new Emphasis([T("强调")]), T("与"), new Strikethrough([T("删除线")])),
            new BlockQuote([P("引用的段落。")]),
            new OrderedList(3, [Item(P("第三项")), Item(P("第四项"))], Tight: true),
            new ThematicBreak(),
            P(T("完。")),
        };
        var notes = new[]
        {
            new FootnoteDefinition("a", 1, [P("第一个脚注的内容。")]),
            new FootnoteDefinition("b", 2, [P(T("第二个脚注，带"), B(T("粗体")), T("。"))]),
        };
        return Doc(Meta("富文本测试", "测试作者"), blocks, folder, notes);
    }

    public static void WritePng(string path, int width, int height)
    {
        using var bitmap = new SKBitmap(width, height);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(new SKColor(0x20, 0x60, 0xA0));
            using var paint = new SKPaint { Color = SKColors.Orange };
            canvas.DrawRect(20, 20, width / 2f, height / 2f, paint);
        }
        using var data = bitmap.Encode(SKEncodedImageFormat.Png, 100);
        File.WriteAllBytes(path, data.ToArray());
    }
}
