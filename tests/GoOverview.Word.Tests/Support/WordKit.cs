using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using GoOverview.Export;
using GoOverview.Fonts;
using GoOverview.Model;
using GoOverview.Model.Diagnostics;
using GoOverview.TestSupport;

namespace GoOverview.Word.Tests.Support;

/// <summary>Writes documents with the DocxWriter and opens the result with independent readers.</summary>
internal static class WordKit
{
    public static readonly FontLibrary Fonts = FontLibrary.LoadBundled();

    private static readonly Lazy<(byte[] Docx, Document Model, DiagnosticBag Diagnostics)> SeedResult = new(() =>
    {
        var diagnostics = new DiagnosticBag();
        var seed = TestFiles.ReadSeed(diagnostics);
        return (Write(seed, diagnostics), seed, diagnostics);
    });

    public static Document Seed => SeedResult.Value.Model;

    public static byte[] SeedDocx => SeedResult.Value.Docx;

    public static DiagnosticBag SeedDiagnostics => SeedResult.Value.Diagnostics;

    public static byte[] Write(Document document, DiagnosticBag? diagnostics = null, DocxOptions? options = null)
    {
        diagnostics ??= new DiagnosticBag();
        var context = ExportContext.For(document, diagnostics, Fonts);
        using var output = new MemoryStream();
        new DocxWriter(options ?? DocxOptions.Default).Write(document, output, context);
        return output.ToArray();
    }

    public static WordprocessingDocument Open(byte[] docx) => WordprocessingDocument.Open(new MemoryStream(docx), isEditable: false);

    public static List<ValidationErrorInfo> Validate(byte[] docx)
    {
        using var document = Open(docx);
        return new OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Office2019).Validate(document).ToList();
    }

    public static string Describe(IEnumerable<ValidationErrorInfo> errors) =>
        string.Join("\n", errors.Take(20).Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}"));

    public static string SaveToTemp(byte[] docx, string name = "doc.docx")
    {
        var dir = TestFiles.NewTempDirectory("word-test");
        var path = Path.Combine(dir, name);
        File.WriteAllBytes(path, docx);
        return path;
    }
}
