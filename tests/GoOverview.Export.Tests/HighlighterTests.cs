using GoOverview.Export.Code;
using GoOverview.Model;
using GoOverview.Model.Diagnostics;
using Xunit;

namespace GoOverview.Export.Tests;

public sealed class HighlighterTests
{
    private const string Go = "package main\n\nimport \"fmt\"\n\n// 注释：打印\nfunc main() {\n\tch := make(chan int, 1)\n\tx := <-ch + 3\n\tif x > 1.5 {\n\t\tfmt.Println(\"hi\", 'a', true, nil)\n\t}\n}\n";

    private static HighlightedCode Highlight(string language, string text, DiagnosticBag? bag = null, HighlightOptions? options = null) =>
        new CodeHighlighter(bag ?? new DiagnosticBag(), options ?? HighlightOptions.Default).Highlight(new CodeBlock(language, text, Attr.Empty));

    [Theory]
    [InlineData("go", Go)]
    [InlineData("sh", "#!/bin/sh\n# 注释\nfor f in *.go; do echo \"$f\" | tr a-z A-Z; done\n")]
    [InlineData("sql", "SELECT id, name FROM users WHERE age > 18 -- 成年\nORDER BY id;\n")]
    [InlineData("java", "public class A {\n  /** doc */\n  int x = 0x1F; String s = \"s\\n\";\n}\n")]
    [InlineData("json", "{\"a\": [1, 2.5, true, null], \"b\": \"文\"}")]
    [InlineData("yaml", "a: 1\nb: [x, \"y\"]\n# c\n")]
    [InlineData("cpp", "#include <vector>\nint main() { return 0; }\r\n")]
    [InlineData("nosuchlanguage", "a\tb\n")]
    public void Tokens_concatenated_are_exactly_the_source_lines(string language, string text)
    {
        var code = Highlight(language, text);
        Assert.Equal(HighlightedCode.SourceLines(text), code.Lines.Select(l => string.Concat(l.Select(t => t.Text))).ToArray());
    }

    [Fact]
    public void Go_gets_keywords_strings_comments_numbers_functions_and_types()
    {
        var kinds = Highlight("golang", Go).Lines.SelectMany(l => l).GroupBy(t => t.Kind).ToDictionary(g => g.Key, g => g.Select(t => t.Text.Trim()).ToList());
        Assert.Contains("func", kinds[TokenKind.Keyword]);
        Assert.Contains("if", kinds[TokenKind.ControlFlow]);
        Assert.Contains("\"hi\"", kinds[TokenKind.String]);
        Assert.Contains("// 注释：打印", kinds[TokenKind.Comment]);
        Assert.Contains("3", kinds[TokenKind.DecVal]);
        Assert.Contains("int", kinds[TokenKind.DataType]);
        Assert.Contains("make", kinds[TokenKind.BuiltIn]);
        Assert.Contains("true", kinds[TokenKind.Constant]);
        Assert.Contains(kinds[TokenKind.Operator], t => t.Contains("<-"));
    }

    [Theory]
    [InlineData("Go", "Go")]
    [InlineData("bash", "Shell")]
    [InlineData("console", "Shell")]
    [InlineData("js", "JavaScript")]
    [InlineData("ts", "TypeScript")]
    [InlineData("py", "Python")]
    [InlineData("yml", "YAML")]
    [InlineData("dockerfile", "Dockerfile")]
    [InlineData("c", "C")]
    [InlineData("xml", "XML")]
    [InlineData("html", "HTML")]
    [InlineData("css", "CSS")]
    [InlineData("makefile", "Makefile")]
    [InlineData("diff", "Diff")]
    [InlineData("{.go", "Go")]
    public void Aliases_pick_the_language(string fence, string label)
    {
        var code = Highlight(fence, "x\n");
        Assert.Equal(label, code.Label);
    }

    [Fact]
    public void Unknown_language_stays_plain_with_one_info_and_missing_language_says_nothing()
    {
        var bag = new DiagnosticBag();
        var highlighter = new CodeHighlighter(bag, HighlightOptions.Default);
        var a = highlighter.Highlight(new CodeBlock("vhdl", "entity A is end;\n", Attr.Empty));
        highlighter.Highlight(new CodeBlock("vhdl", "entity B is end;\n", Attr.Empty));
        var none = highlighter.Highlight(new CodeBlock("", "if x {}\n", Attr.Empty));
        Assert.All(a.Lines.Concat(none.Lines).SelectMany(l => l), t => Assert.Equal(TokenKind.Normal, t.Kind));
        var only = Assert.Single(bag.Items);
        Assert.Equal(Severity.Info, only.Severity);
        Assert.Null(a.Label);
    }

    [Fact]
    public void No_highlight_leaves_every_block_plain()
    {
        var code = Highlight("go", Go, options: new HighlightOptions(Enabled: false));
        Assert.All(code.Lines.SelectMany(l => l), t => Assert.Equal(TokenKind.Normal, t.Kind));
        Assert.Null(code.Label);
    }

    [Fact]
    public void A_block_is_tokenized_once_per_run()
    {
        var highlighter = new CodeHighlighter(new DiagnosticBag(), HighlightOptions.Default);
        var block = new CodeBlock("go", Go, Attr.Empty);
        Assert.Same(highlighter.Highlight(block), highlighter.Highlight(block));
    }

    [Fact]
    public void Overlong_lines_stay_plain_and_exact()
    {
        var line = "x := \"" + new string('a', CodeHighlighter.MaxLineLength + 10) + "\"";
        var code = Highlight("go", "var a = 1\n" + line + "\nvar b = 2\n");
        Assert.Equal(line, Assert.Single(code.Lines[1]).Text);
        Assert.Contains(code.Lines[2], t => t.Kind == TokenKind.Keyword);
    }

    [Fact]
    public void Very_long_blocks_stay_plain_with_one_info()
    {
        var bag = new DiagnosticBag();
        var text = string.Concat(Enumerable.Repeat("x := 1\n", CodeHighlighter.MaxBlockLines + 1));
        var code = Highlight("go", text, bag);
        Assert.All(code.Lines.SelectMany(l => l), t => Assert.Equal(TokenKind.Normal, t.Kind));
        Assert.Equal("code-too-long", Assert.Single(bag.Items).Code);
        Assert.Contains(Highlight("go", string.Concat(Enumerable.Repeat("x := 1\n", 50))).Lines[0], t => t.Kind == TokenKind.Operator);
    }

    [Fact]
    public void Tabs_expand_to_the_next_stop_across_tokens()
    {
        var expanded = HighlightedCode.ExpandTabs([new CodeToken("ab", TokenKind.Keyword), new CodeToken("\tc\t", TokenKind.Normal)]);
        Assert.Equal("ab  c   ", string.Concat(expanded.Select(t => t.Text)));
    }
}
