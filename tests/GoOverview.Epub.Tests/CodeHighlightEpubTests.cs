using System.Text.RegularExpressions;
using System.Xml.Linq;
using GoOverview.Epub.Tests.Support;
using GoOverview.TestSupport;
using Xunit;

namespace GoOverview.Epub.Tests;

/// <summary>Highlighted code in the book: token spans, a CSS rule for each class, no style attributes, epubcheck.</summary>
public sealed class CodeHighlightEpubTests
{
    private static readonly XNamespace X = "http://www.w3.org/1999/xhtml";

    private static IEnumerable<XElement> CodeElements(EpubBuild book) =>
        book.SpineDocuments().SelectMany(d => XDocument.Parse(book.Text(d), LoadOptions.PreserveWhitespace).Descendants(X + "code"))
            .Where(c => c.Parent?.Name == X + "pre");

    [ToolFact("epubcheck", "java")]
    public void The_code_samples_pass_epubcheck()
    {
        var book = EpubBuild.Of(CodeSamples.Read());
        Assert.Empty(Epubcheck.Problems(book.FilePath));
    }

    [Fact]
    public void A_Go_block_has_at_least_four_token_classes_each_with_a_css_rule_and_no_style_attribute()
    {
        var book = EpubBuild.Of(CodeSamples.GoBlockOnly());
        var code = Assert.Single(CodeElements(book));
        Assert.Equal("language-go", (string?)code.Attribute("class"));
        var classes = code.Descendants(X + "span").Select(s => (string)s.Attribute("class")!).Distinct().ToList();
        Assert.True(classes.Count >= 4, string.Join(" ", classes));
        Assert.All(classes, c => Assert.StartsWith("tok-", c));
        Assert.DoesNotContain(code.DescendantsAndSelf(), e => e.Attribute("style") is not null);
        var css = book.Text("EPUB/styles/generated.css");
        foreach (var c in classes) Assert.Matches(@"pre\.code \." + Regex.Escape(c) + @" \{ color: #[0-9A-F]{6};", css);
        Assert.Matches(@"pre\.code \.tok-kw \{[^}]*font-weight: bold", css);
    }

    [Fact]
    public void Code_text_is_exactly_the_source()
    {
        var document = CodeSamples.Read();
        var book = EpubBuild.Of(document);
        var written = CodeElements(book).Select(c => c.Value).ToList();
        var source = CodeSamples.CodeBlocks(document).Select(b => b.Text.Replace("\r\n", "\n").TrimEnd('\n')).ToList();
        Assert.Equal(source, written);
    }

    [Fact]
    public void A_book_without_highlighted_code_carries_no_code_style()
    {
        var book = EpubBuild.Of(TestFiles.Read("# 标题\n\n正文 `x := 1`。\n\n```\nplain\n```\n"));
        Assert.DoesNotContain("tok-", book.Text("EPUB/styles/generated.css"));
    }
}
