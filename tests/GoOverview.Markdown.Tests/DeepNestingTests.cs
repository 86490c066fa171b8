using System.Text;
using GoOverview.Markdown.Tests.Support;
using GoOverview.Model;
using GoOverview.Model.Diagnostics;

namespace GoOverview.Markdown.Tests;

/// <summary>Pathologically deep input must neither overflow the stack nor lose content (run on a default 1 MB stack).</summary>
public sealed class DeepNestingTests
{
    private const int Depth = 10_000;

    [Theory]
    [InlineData("quotes")]
    [InlineData("quotes-spaced")]
    [InlineData("emphasis")]
    [InlineData("spans")]
    [InlineData("links")]
    [InlineData("lists-1000")]
    [InlineData("lists-indented-190")]
    [InlineData("html-divs")]
    [InlineData("html-quotes")]
    [InlineData("html-lists")]
    [InlineData("html-spans")]
    public void DeepInputIsFlattenedPastTheCapWithOneWarningAndNoLostText(string kind)
    {
        var (document, error, bag) = ReadOnDefaultStack(Source(kind));

        Assert.Null(error);
        Assert.NotNull(document);
        var text = string.Concat(DocumentWalker.AllBlocks(document!).Select(PlainText.Of));
        Assert.Contains("深处的文字", text);
        Assert.True(MaxDepth(document!) <= 2 * 64 + 8, $"model depth {MaxDepth(document!)}");
        if (kind is not ("emphasis" or "links")) // Markdig itself resolves those without deep nesting
            Assert.Single(Md.Warnings(bag, "nesting-depth"));
    }

    [Theory]
    [InlineData("lists")]
    [InlineData("ordered-lists")]
    public void TenThousandListLevelsOnOneLineAreAClearContentErrorNamingTheLine(string kind)
    {
        var (document, error, _) = ReadOnDefaultStack("# 标题\n\n" + Source(kind));

        Assert.Null(document);
        var content = Assert.IsType<ContentException>(error);
        Assert.Equal(3, content.Location!.Line);
        Assert.Contains("nesting deeper than 10000 levels at line 3", content.Message);
    }

    private static string Source(string kind) => kind switch
    {
        "quotes" => new string('>', Depth) + " 深处的文字\n",
        "quotes-spaced" => string.Concat(Enumerable.Repeat("> ", Depth)) + "深处的文字\n",
        "lists" => string.Concat(Enumerable.Repeat("- ", Depth)) + "深处的文字\n",
        "ordered-lists" => string.Concat(Enumerable.Repeat("1. ", Depth)) + "深处的文字\n",
        "lists-1000" => string.Concat(Enumerable.Repeat("- ", 1000)) + "深处的文字\n",
        "lists-indented-190" => string.Concat(Enumerable.Range(0, 190).Select(i => new string(' ', 2 * i) + "- 第" + i + "层\n")) + new string(' ', 380) + "深处的文字\n",
        "emphasis" => new string('*', Depth) + "深处的文字" + new string('*', Depth) + "\n",
        "spans" => string.Concat(Enumerable.Repeat("<span style=\"color:red\">", Depth)) + "深处的文字" + string.Concat(Enumerable.Repeat("</span>", Depth)) + "\n",
        "links" => string.Concat(Enumerable.Repeat("[", Depth)) + "深处的文字" + string.Concat(Enumerable.Repeat("](u)", Depth)) + "\n",
        "html-divs" => Html("<div align=\"center\">", "</div>"),
        "html-quotes" => Html("<blockquote>", "</blockquote>"),
        "html-lists" => Html("<ul><li>", "</li></ul>"),
        "html-spans" => "<p>" + Html("<span style=\"color:red\"><b>", "</b></span>") + "</p>\n",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    private static string Html(string open, string close) =>
        "<div>" + string.Concat(Enumerable.Repeat(open, Depth)) + "深处的文字" + string.Concat(Enumerable.Repeat(close, Depth)) + "</div>\n";

    /// <summary>Reads on a new thread with a 1 MB stack (the default size), capturing any exception.</summary>
    private static (Document? Document, Exception? Error, DiagnosticBag Bag) ReadOnDefaultStack(string markdown)
    {
        var bag = new DiagnosticBag();
        Document? document = null;
        Exception? error = null;
        var thread = new Thread(() =>
        {
            try { document = Md.Read(markdown, bag); }
            catch (Exception e) { error = e; }
        }, maxStackSize: 1024 * 1024);
        thread.Start();
        thread.Join();
        return (document, error, bag);
    }

    private static int MaxDepth(Document document)
    {
        var max = 0;
        var stack = new Stack<(object Node, int Depth)>();
        foreach (var b in document.Blocks) stack.Push((b, 1));
        while (stack.Count > 0)
        {
            var (node, depth) = stack.Pop();
            max = Math.Max(max, depth);
            if (node is Block block)
            {
                foreach (var child in DocumentWalker.ChildBlocks(block)) stack.Push((child, depth + 1));
                foreach (var list in DocumentWalker.OwnInlines(block))
                    foreach (var inline in list) stack.Push((inline, depth + 1));
            }
            else if (node is Inline inline)
            {
                foreach (var child in DocumentWalker.ChildInlines(inline)) stack.Push((child, depth + 1));
            }
        }
        return max;
    }
}
