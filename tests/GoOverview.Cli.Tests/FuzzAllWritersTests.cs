using System.IO.Compression;
using System.Xml;
using CsCheck;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using GoOverview.Export;
using GoOverview.Fonts;
using GoOverview.Markdown;
using GoOverview.Model.Diagnostics;
using UglyToad.PdfPig;
using Xunit;

namespace GoOverview.Cli.Tests;

/// <summary>
/// Random hostile documents through the reader and every writer: no exception (a ContentException with a clear
/// message is allowed), every DOCX/PPTX valid, every EPUB's XML parses, every PDF opens and reads.
/// GOOVERVIEW_FUZZ_CASES sets the count (default 500 for CI; the full run is 10,000).
/// </summary>
public sealed class FuzzAllWritersTests
{
    private static readonly FontLibrary Fonts = FontLibrary.LoadBundled();

    private static long Cases => long.TryParse(Environment.GetEnvironmentVariable("GOOVERVIEW_FUZZ_CASES"), out var n) ? n : 500;

    [Fact]
    public void Random_documents_become_valid_files_in_every_format()
    {
        RandomMarkdown.Document.Sample(ExportAndValidate, iter: Cases, threads: 2, print: md => md);
    }

    private static void ExportAndValidate(string markdown)
    {
        var diagnostics = new DiagnosticBag();
        GoOverview.Model.Document document;
        try
        {
            document = MarkdownReader.Read(markdown, "fuzz.md", null, diagnostics);
        }
        catch (ContentException)
        {
            return;
        }
        var context = ExportContext.For(document, diagnostics, Fonts);
        foreach (var format in OutputFormats.Default)
        {
            using var output = new MemoryStream();
            try
            {
                GoOverview.Writers.Create(format, GoOverview.ExportOptions.Default).Write(document, output, context);
            }
            catch (ContentException)
            {
                continue;
            }
            output.Position = 0;
            switch (format)
            {
                case "pdf": CheckPdf(output); break;
                case "docx": CheckDocx(output); break;
                case "pptx": CheckPptx(output); break;
                case "epub": CheckEpub(output); break;
            }
        }
    }

    private static readonly OpenXmlValidator Validator = new(FileFormatVersions.Office2019);

    private static void CheckDocx(Stream stream)
    {
        using var doc = WordprocessingDocument.Open(stream, false);
        var errors = Validator.Validate(doc).Take(3).ToList();
        Assert.True(errors.Count == 0, "docx: " + string.Join("; ", errors.Select(e => $"{e.Path?.XPath}: {e.Description}")));
    }

    private static void CheckPptx(Stream stream)
    {
        using var doc = PresentationDocument.Open(stream, false);
        var errors = Validator.Validate(doc).Take(3).ToList();
        Assert.True(errors.Count == 0, "pptx: " + string.Join("; ", errors.Select(e => $"{e.Path?.XPath}: {e.Description}")));
    }

    private static void CheckEpub(Stream stream)
    {
        using var zip = new ZipArchive(stream, ZipArchiveMode.Read);
        Assert.Equal("mimetype", zip.Entries[0].FullName);
        foreach (var entry in zip.Entries.Where(e => e.FullName.EndsWith(".xhtml") || e.FullName.EndsWith(".opf") || e.FullName.EndsWith(".ncx") || e.FullName.EndsWith(".xml")))
        {
            using var reader = XmlReader.Create(entry.Open(), new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null });
            while (reader.Read()) { }
        }
    }

    private static void CheckPdf(MemoryStream stream)
    {
        using var pdf = PdfDocument.Open(stream.ToArray());
        Assert.True(pdf.NumberOfPages >= 1);
        foreach (var page in pdf.GetPages()) _ = page.Text;
    }
}
