using GoOverview.Markdown.Tests.Support;
using GoOverview.Model.Diagnostics;

namespace GoOverview.Markdown.Tests;

/// <summary>Inline HTML → model nodes: Markdown in, compact model dump out.</summary>
public sealed class InlineHtmlSpecs
{
    [Theory]
    // the seed's form: full-width commas inside rgb(), bold weight → key term
    [InlineData("去中心化<span style=\"color:rgb(255，0，0);font-weight:bold\">分布式账本</span>，它",
        "Text \"去中心化\", Span.key-term{color=#FF0000,bold}[Text \"分布式账本\"], Text \"，它\"")]
    // full-width parentheses, semicolons, colons and an ideographic space
    [InlineData("<span style=\"color：rgb（255，0，0）；　font-weight：bold\">词</span>", "Span.key-term{color=#FF0000,bold}[Text \"词\"]")]
    [InlineData("<span style=\"color:red;font-weight:bold\">x</span>", "Span.key-term{color=#FF0000,bold}[Text \"x\"]")]
    [InlineData("<span style=\"color:#f00;font-weight:700\">x</span>", "Span.key-term{color=#FF0000,bold}[Text \"x\"]")]
    [InlineData("<span style=\"color: #FF0000; font-weight: bolder\">x</span>", "Span.key-term{color=#FF0000,bold}[Text \"x\"]")]
    [InlineData("<span style=\"color:#ff000080;font-weight:900\">x</span>", "Span.key-term{color=#FF000080,bold}[Text \"x\"]")]
    [InlineData("<span style=\"color:rgba(255, 0, 0, 0.5);font-weight:bold\">x</span>", "Span.key-term{color=#FF000080,bold}[Text \"x\"]")]
    [InlineData("<span style=\"color:rgb(100%,0%,0%);font-weight:bold\">x</span>", "Span.key-term{color=#FF0000,bold}[Text \"x\"]")]
    [InlineData("<span style=\"color:rgb(255 0 0 / 50%);font-weight:bold\">x</span>", "Span.key-term{color=#FF000080,bold}[Text \"x\"]")]
    [InlineData("<span style=\"color:crimson;font-weight:bold\">x</span>", "Span.key-term{color=#DC143C,bold}[Text \"x\"]")]
    [InlineData("<span style=\"COLOR:RED;FONT-WEIGHT:BOLD !important\">x</span>", "Span.key-term{color=#FF0000,bold}[Text \"x\"]")]
    // red but not bold, bold but not red: styled spans, not key terms
    [InlineData("<span style=\"color:red\">x</span>", "Span{color=#FF0000}[Text \"x\"]")]
    [InlineData("<span style=\"color:blue;font-weight:bold\">x</span>", "Span{color=#0000FF,bold}[Text \"x\"]")]
    [InlineData("<span style=\"color:darkred;font-weight:bold\">x</span>", "Span{color=#8B0000,bold}[Text \"x\"]")]
    [InlineData("<span style=\"font-weight:500\">x</span>", "Text \"x\"")]
    [InlineData("<span style=\"font-weight:600\">x</span>", "Span{bold}[Text \"x\"]")]
    [InlineData("<span style=\"font-style:italic\">x</span>", "Span{italic}[Text \"x\"]")]
    [InlineData("<span style=\"font-style:oblique 10deg\">x</span>", "Span{italic}[Text \"x\"]")]
    [InlineData("<span style=\"text-decoration:underline\">x</span>", "Span{underline}[Text \"x\"]")]
    [InlineData("<span style=\"text-decoration-line:line-through\">x</span>", "Span{strike}[Text \"x\"]")]
    [InlineData("<span style=\"text-decoration:underline line-through\">x</span>", "Span{underline,strike}[Text \"x\"]")]
    [InlineData("<span style=\"background-color:yellow\">x</span>", "Span{bg=#FFFF00}[Text \"x\"]")]
    [InlineData("<span style=\"background:#0f0 url(a.png) no-repeat\">x</span>", "Span{bg=#00FF00}[Text \"x\"]")]
    [InlineData("<span style=\"color:hsl(0, 100%, 50%)\">x</span>", "Span{color=#FF0000}[Text \"x\"]")]
    [InlineData("<span style=\"color:nonsense;font-size:20px\">x</span>", "Text \"x\"")]
    [InlineData("<span class=\"note big\" id=\"n1\">x</span>", "Span.note.big#n1[Text \"x\"]")]
    [InlineData("<span>x</span>", "Text \"x\"")]
    public void Span(string markdown, string expected) => Assert.Equal(expected, Md.Inlines(markdown));

    [Theory]
    [InlineData("<font color=red>x</font>", "Span{color=#FF0000}[Text \"x\"]")]
    [InlineData("<font color=\"#00f\">x</font>", "Span{color=#0000FF}[Text \"x\"]")]
    [InlineData("<font color='green'>x</font>", "Span{color=#008000}[Text \"x\"]")]
    [InlineData("<font face=\"黑体\" size=3>x</font>", "Text \"x\"")]
    // red with bold content looks exactly like the seed's key terms, so it is one (the Strong folds into the style)
    [InlineData("<font color=red>**x**</font>", "Span.key-term{color=#FF0000,bold}[Text \"x\"]")]
    [InlineData("<font color=red><b>x</b></font>", "Span.key-term{color=#FF0000,bold}[Text \"x\"]")]
    [InlineData("**<span style=\"color:red\">x</span>**", "Span.key-term{color=#FF0000,bold}[Text \"x\"]")]
    [InlineData("<b><font color=\"#FF0000\">x</font></b>", "Span.key-term{color=#FF0000,bold}[Text \"x\"]")]
    // only partly bold: not a key term
    [InlineData("<font color=red>**x** y</font>", "Span{color=#FF0000}[Strong[Text \"x\"], Text \" y\"]")]
    public void Font(string markdown, string expected) => Assert.Equal(expected, Md.Inlines(markdown));

    [Theory]
    [InlineData("<b>x</b>", "Strong[Text \"x\"]")]
    [InlineData("<strong>x</strong>", "Strong[Text \"x\"]")]
    [InlineData("<i>x</i>", "Emph[Text \"x\"]")]
    [InlineData("<em>x</em>", "Emph[Text \"x\"]")]
    [InlineData("<u>x</u>", "Under[Text \"x\"]")]
    [InlineData("<ins>x</ins>", "Under[Text \"x\"]")]
    [InlineData("<s>x</s>", "Strike[Text \"x\"]")]
    [InlineData("<del>x</del>", "Strike[Text \"x\"]")]
    [InlineData("<strike>x</strike>", "Strike[Text \"x\"]")]
    [InlineData("<mark>x</mark>", "Span.mark{bg=#FFFF00}[Text \"x\"]")]
    [InlineData("H<sub>2</sub>O", "Text \"H\", Sub[Text \"2\"], Text \"O\"")]
    [InlineData("x<sup>2</sup>", "Text \"x\", Sup[Text \"2\"]")]
    [InlineData("按 <kbd>Ctrl</kbd>+<kbd>C</kbd>", "Text \"按 \", Code.kbd \"Ctrl\", Text \"+\", Code.kbd \"C\"")]
    [InlineData("<kbd>**Enter**</kbd>", "Span.kbd[Strong[Text \"Enter\"]]")]
    [InlineData("<code>a&lt;b</code>", "Code \"a<b\"")]
    [InlineData("一<br>二<br/>三<BR />四", "Text \"一\", LB, Text \"二\", LB, Text \"三\", LB, Text \"四\"")]
    [InlineData("<a href=\"https://go.dev\" title=\"Go\">官网</a>", "Link(https://go.dev \"Go\")[Text \"官网\"]")]
    [InlineData("<a name=\"top\">顶部</a>", "Span#top[Text \"顶部\"]")]
    [InlineData("图<img src=\"a.png\" alt=\"示意图\">", "Text \"图\", Image(a.png \"示意图\")")]
    [InlineData("<B>x</B>", "Strong[Text \"x\"]")]
    [InlineData("<small>x</small>", "Text \"x\"")]
    [InlineData("a<!-- 注释 -->b", "Text \"ab\"")]
    [InlineData("<ruby>漢<rp>(</rp><rt>かん</rt><rp>)</rp></ruby>", "Ruby[Text \"漢\"](かん)")]
    [InlineData("<ruby>漢<rt>かん</rt>字<rt>じ</rt></ruby>", "Ruby[Text \"漢\"](かん), Ruby[Text \"字\"](じ)")]
    public void SimpleTags(string markdown, string expected) => Assert.Equal(expected, Md.Inlines(markdown));

    [Theory]
    [InlineData("&lt;&amp;&gt; &copy; &#x4E2D;&#25991;", "Text \"<&> © 中文\"")]
    [InlineData("<a href=\"https://x.org/?a=1&amp;b=2\">q</a>", "Link(https://x.org/?a=1&b=2)[Text \"q\"]")]
    [InlineData("<img src=\"a.png\" alt=\"&quot;引号&quot;\">文", "Image(a.png \"\\\"引号\\\"\"), Text \"文\"")]
    public void EntitiesAreDecoded(string markdown, string expected) => Assert.Equal(expected, Md.Inlines(markdown));

    [Fact]
    public void NestedTagsNestAndMarkdownInsideWorks() =>
        Assert.Equal("Strong[Text \"a \", Emph[Text \"b \", Code \"c\"]], Text \" d\"", Md.Inlines("<b>a <i>b `c`</i></b> d"));

    [Fact]
    public void TagsSpanningASoftBreakPairAcrossLines() =>
        Assert.Equal("Span{color=#FF0000}[Text \"第一行第二行\"]", Md.Inlines("<span style=\"color:red\">第一行\n第二行</span>"));

    [Fact]
    public void UnclosedSpanRunsToTheEndOfTheParagraphWithAWarning()
    {
        var bag = new DiagnosticBag();
        Assert.Equal("Text \"前\", Span{color=#FF0000}[Text \"红色直到段尾\"]", Md.Inlines("前<span style=\"color:red\">红色直到段尾", bag));
        var warning = Assert.Single(Md.Warnings(bag, "html-unclosed-tag"));
        Assert.Equal("test.md:1:2", warning.Location!.ToString());
    }

    [Fact]
    public void UnclosedSpanStopsAtTheParagraphEnd()
    {
        var bag = new DiagnosticBag();
        Assert.Equal("Para[Span{color=#FF0000}[Text \"一\"]], Para[Text \"二\"]", Md.Dump("<span style=\"color:red\">一\n\n二", bag));
        Assert.Single(Md.Warnings(bag, "html-unclosed-tag"));
    }

    [Fact]
    public void StrayCloseTagIsDroppedWithAWarning()
    {
        var bag = new DiagnosticBag();
        Assert.Equal("Text \"a b\"", Md.Inlines("a</span> b", bag));
        var warning = Assert.Single(Md.Warnings(bag, "html-stray-close-tag"));
        Assert.Equal(1, warning.Location!.Line);
    }

    [Fact]
    public void MisnestedTagsAreClosedImplicitlyWithoutLosingText()
    {
        var bag = new DiagnosticBag();
        Assert.Equal("Strong[Text \"a\", Emph[Text \"b\"]], Text \"c\"", Md.Inlines("<b>a<i>b</b>c</i>", bag));
        Assert.Single(Md.Warnings(bag, "html-misnested-tag"));
        Assert.Single(Md.Warnings(bag, "html-stray-close-tag"));
    }

    [Fact]
    public void HtmlOpenedInsideEmphasisAndClosedOutsideStaysInsideTheEmphasis()
    {
        var bag = new DiagnosticBag();
        Assert.Equal("Strong[Text \"a\", Under[Text \"b\"]], Text \"c\"", Md.Inlines("**a<u>b**c</u>", bag));
        Assert.Single(Md.Warnings(bag, "html-unclosed-tag"));
        Assert.Single(Md.Warnings(bag, "html-stray-close-tag"));
    }

    [Fact]
    public void UnknownTagsShowTheirTextAndAreReportedOncePerTagName()
    {
        var bag = new DiagnosticBag();
        var dump = Md.Inlines("<blink>a</blink> <blink>b</blink> <marquee>c</marquee>", bag);
        Assert.Equal("Text \"a b c\"", dump);
        var warnings = Md.Warnings(bag, "html-unknown-tag").ToList();
        Assert.Equal(2, warnings.Count);
        Assert.Contains("<blink>", warnings[0].Message);
        Assert.Contains("shown as text", warnings[0].Message);
        Assert.Equal("test.md:1:1", warnings[0].Location!.ToString());
        Assert.Contains("<marquee>", warnings[1].Message);
    }

    [Fact]
    public void InlineScriptIsDroppedWithItsContentAndOneWarning()
    {
        var bag = new DiagnosticBag();
        Assert.Equal("Text \"前后\", Image(x.png \"\")", Md.Inlines("前<script>alert(1)</script>后<img src=\"x.png\" onerror=\"alert(2)\">", bag));
        var warnings = Md.Warnings(bag, "html-dropped").ToList();
        Assert.Equal(2, warnings.Count);
        Assert.Contains("<script>", warnings[0].Message);
        Assert.Contains("onerror", warnings[1].Message);
        Assert.All(warnings, w => Assert.Equal(1, w.Location!.Line));
    }

    [Fact]
    public void GarbageInsideTagsNeverThrows()
    {
        var bag = new DiagnosticBag();
        var dump = Md.Inlines("<span style=\"color:rgb(;;;\">a</span><font color=>b</font><span style=\"color:rgb(999,-5,1e9)\">c</span>", bag);
        // "<font color=>" is no HTML tag for CommonMark (empty unquoted value), so it stays text; "</font>" then closes nothing
        Assert.Equal("Text \"a<font color=>b\", Span{color=#FF00FF}[Text \"c\"]", dump);
        Assert.Single(Md.Warnings(bag, "html-stray-close-tag"));
    }
}
