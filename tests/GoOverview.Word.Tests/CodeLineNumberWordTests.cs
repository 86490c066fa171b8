using DocumentFormat.OpenXml.Wordprocessing;
using GoOverview.Export;
using GoOverview.Export.Code;
using GoOverview.Model.Diagnostics;
using GoOverview.TestSupport;
using GoOverview.Word.Tests.Support;
using Paragraph = DocumentFormat.OpenXml.Wordprocessing.Paragraph;
using Text = DocumentFormat.OpenXml.Wordprocessing.Text;

namespace GoOverview.Word.Tests;

/// <summary>Numbered code blocks in Word: each line starts with its number in the "Code Line Number" style; only those blocks.</summary>
public sealed class CodeLineNumberWordTests
{
    private const string Source = "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tfor i := 0; i < 3; i++ {\n\t\tfmt.Println(i)\n\t}\n\t// 结束\n\tfmt.Println(\"done\")\n}\n";

    private static byte[] Write(Model.Document document, bool allLines)
    {
        var context = ExportContext.For(document, new DiagnosticBag(), WordKit.Fonts, highlight: new HighlightOptions(LineNumbers: allLines));
        using var output = new MemoryStream();
        new DocxWriter(DocxOptions.Default).Write(document, output, context);
        return output.ToArray();
    }

    /// <summary>Per line of a code paragraph: the text of its line-number runs and the text of the other runs.</summary>
    private static List<(string Number, string Code)> Lines(Paragraph paragraph, string? numberStyle)
    {
        var lines = new List<(string Number, string Code)> { ("", "") };
        foreach (var run in paragraph.Elements<Run>())
        {
            if (run.GetFirstChild<Break>() is not null)
            {
                lines.Add(("", ""));
                continue;
            }
            var text = string.Concat(run.ChildElements.Select(e => e switch { Text t => t.Text, TabChar => "\t", _ => "" }));
            var (number, code) = lines[^1];
            lines[^1] = numberStyle is not null && DocxQuery.RunStyle(run) == numberStyle ? (number + text, code) : (number, code + text);
        }
        return lines;
    }

    private static List<Paragraph> CodeParagraphs(DocumentFormat.OpenXml.Packaging.WordprocessingDocument doc)
    {
        var codeId = DocxQuery.StyleIdByName(doc, "Source Code");
        return DocxQuery.Body(doc).Elements<Paragraph>().Where(p => DocxQuery.ParagraphStyle(p) == codeId).ToList();
    }

    [Fact]
    public void A_numberLines_block_numbers_each_line_in_its_own_style_and_keeps_the_code_exact()
    {
        var docx = Write(TestFiles.Read("```{.go .numberLines}\n" + Source + "```\n\n正文。\n\n```go\n" + Source + "```\n"), allLines: false);
        var errors = WordKit.Validate(docx);
        Assert.True(errors.Count == 0, WordKit.Describe(errors));
        using var doc = WordKit.Open(docx);
        var numberStyle = DocxQuery.StyleIdByName(doc, "Code Line Number");
        Assert.NotNull(numberStyle);
        var style = DocxQuery.StyleById(doc, numberStyle!);
        Assert.Equal(StyleValues.Character, style.Type!.Value);
        Assert.NotNull(style.StyleRunProperties!.Color);
        Assert.NotNull(style.StyleRunProperties!.NoProof);

        var paragraphs = CodeParagraphs(doc);
        Assert.Equal(2, paragraphs.Count);
        var numbered = Lines(paragraphs[0], numberStyle);
        var source = HighlightedCode.SourceLines(Source);
        Assert.Equal(source, numbered.Select(l => l.Code).ToArray());
        Assert.Equal(Enumerable.Range(1, source.Length).Select(n => n.ToString().PadLeft(2) + "  ").ToArray(), numbered.Select(l => l.Number).ToArray());
        // the second block has no {.numberLines}: no numbers
        Assert.All(Lines(paragraphs[1], numberStyle), l => Assert.Equal("", l.Number));
        Assert.Equal(source, Lines(paragraphs[1], numberStyle).Select(l => l.Code).ToArray());
    }

    [Fact]
    public void Line_numbers_for_all_blocks_number_plain_blocks_too()
    {
        var docx = Write(TestFiles.Read("```\na\nb\n```\n"), allLines: true);
        using var doc = WordKit.Open(docx);
        var numberStyle = DocxQuery.StyleIdByName(doc, "Code Line Number");
        Assert.Equal([(" 1  ", "a"), (" 2  ", "b")], Lines(Assert.Single(CodeParagraphs(doc)), numberStyle));
    }

    [Fact]
    public void Without_numbering_there_is_no_line_number_style()
    {
        using var doc = WordKit.Open(Write(TestFiles.Read("```go\n" + Source + "```\n"), allLines: false));
        Assert.Null(DocxQuery.StyleIdByName(doc, "Code Line Number"));
    }
}
