using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using GoOverview.Export;
using GoOverview.Fonts;
using GoOverview.Model.Diagnostics;
using GoOverview.TestSupport;
using Xunit;

namespace GoOverview.Word.Tests;

public sealed class FootnoteCycleTests
{
    [Fact]
    public void A_note_that_cites_itself_or_another_note_is_written_once_without_recursion()
    {
        var document = TestFiles.Read("正文[^a]。\n\n[^a]: 注释甲引用自身[^a]和乙[^b]。\n[^b]: 注释乙引用甲[^a]。\n");
        using var fonts = FontLibrary.LoadBundled();
        using var output = new MemoryStream();
        new DocxWriter().Write(document, output, ExportContext.For(document, new DiagnosticBag(), fonts));
        output.Position = 0;
        using var docx = WordprocessingDocument.Open(output, false);
        var notes = docx.MainDocumentPart!.FootnotesPart!.Footnotes!.Elements<DocumentFormat.OpenXml.Wordprocessing.Footnote>().Where(f => f.Id! > 0).ToList();
        Assert.Single(notes);
        Assert.Contains("注释甲引用自身", notes[0].InnerText);
        Assert.Empty(new OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Office2019).Validate(docx));
    }
}
