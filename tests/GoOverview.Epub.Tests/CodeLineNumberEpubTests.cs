using System.Xml.Linq;
using GoOverview.Epub.Tests.Support;
using GoOverview.TestSupport;
using Xunit;

namespace GoOverview.Epub.Tests;

/// <summary>
/// Numbered code blocks in the book: one span.line per source line, numbered by a CSS counter, so the numbers are not in
/// the text (not selected or copied); other blocks stay unnumbered. (epubcheck runs on the code samples, which have one.)
/// </summary>
public sealed class CodeLineNumberEpubTests
{
    private static readonly XNamespace X = "http://www.w3.org/1999/xhtml";

    private static List<XElement> Pres(EpubBuild book) =>
        book.SpineDocuments().SelectMany(d => XDocument.Parse(book.Text(d), LoadOptions.PreserveWhitespace).Descendants(X + "pre")).ToList();

    [Fact]
    public void A_numberLines_block_has_a_line_span_per_line_and_css_counters_number_them()
    {
        const string source = "package main\n\nfunc main() {\n\tprintln(\"你好\") // 注释\n}";
        var book = EpubBuild.Of(TestFiles.Read("```{.go .numberLines}\n" + source + "\n```\n\n```go\n" + source + "\n```\n"));
        var pres = Pres(book);
        Assert.Equal(2, pres.Count);
        Assert.Contains("numbered", ((string)pres[0].Attribute("class")!).Split(' '));
        var code = pres[0].Element(X + "code")!;
        var lines = code.Elements(X + "span").ToList();
        Assert.All(lines, l => Assert.Equal("line", (string?)l.Attribute("class")));
        Assert.Equal(source.Split('\n'), lines.Select(l => l.Value).ToArray());
        Assert.Equal(source, code.Value); // no number in the text
        Assert.Contains(lines[3].Elements(X + "span"), s => ((string)s.Attribute("class")!).StartsWith("tok-"));

        Assert.DoesNotContain("numbered", ((string)pres[1].Attribute("class")!).Split(' '));
        Assert.DoesNotContain(pres[1].Descendants(X + "span"), s => (string?)s.Attribute("class") == "line");

        var css = book.Text("EPUB/styles/generated.css");
        Assert.Contains("pre.code.numbered code { counter-reset: code-line; }", css);
        Assert.Contains("pre.code.numbered .line { counter-increment: code-line; }", css);
        Assert.Matches(@"pre\.code\.numbered \.line::before \{ content: counter\(code-line\);[^}]*user-select: none;", css);
    }

    [Fact]
    public void A_plain_numbered_block_still_gets_the_counter_rules_and_unnumbered_books_none()
    {
        var numbered = EpubBuild.Of(TestFiles.Read("```{.numberLines}\na\nb\n```\n"));
        Assert.Contains("counter(code-line)", numbered.Text("EPUB/styles/generated.css"));
        Assert.Equal(2, Pres(numbered).Single().Descendants(X + "span").Count(s => (string?)s.Attribute("class") == "line"));
        var plain = EpubBuild.Of(TestFiles.Read("```go\nx := 1\n```\n"));
        Assert.DoesNotContain("code-line", plain.Text("EPUB/styles/generated.css"));
    }
}
