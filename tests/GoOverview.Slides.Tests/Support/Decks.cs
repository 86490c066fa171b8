using DocumentFormat.OpenXml.Packaging;
using GoOverview.Export;
using GoOverview.Fonts;
using GoOverview.Model;
using GoOverview.Model.Diagnostics;
using GoOverview.Slides.Planning;
using GoOverview.TestSupport;

namespace GoOverview.Slides.Tests.Support;

/// <summary>A written deck: its bytes, its file on disk, the plan it was made from and the diagnostics of the run.</summary>
internal sealed record WrittenDeck(byte[] Bytes, string Path, SlidePlan Plan, DiagnosticBag Diagnostics)
{
    public PresentationDocument Open() => PresentationDocument.Open(new MemoryStream(Bytes), false);
}

/// <summary>Writes decks for tests with the real writer, measurer and bundled fonts.</summary>
internal static class Decks
{
    public static readonly DateTimeOffset Timestamp = new(2025, 3, 1, 8, 0, 0, TimeSpan.Zero);

    private static readonly Lazy<FontLibrary> LazyFonts = new(() => FontLibrary.LoadBundled());
    private static readonly Lazy<WrittenDeck> LazySeed = new(() => Write(TestFiles.ReadSeed(), "go-overview"));

    public static FontLibrary Fonts => LazyFonts.Value;

    /// <summary>The seed deck, written once per test run.</summary>
    public static WrittenDeck Seed => LazySeed.Value;

    public static ExportContext Context(Document document, DiagnosticBag diagnostics) =>
        new(diagnostics, Fonts, new ResourceResolver(document.BaseDirectory, diagnostics), Timestamp);

    public static WrittenDeck Write(Document document, string name, PptxOptions? options = null)
    {
        var diagnostics = new DiagnosticBag();
        var context = Context(document, diagnostics);
        var writer = new PptxWriter(options ?? PptxOptions.Default);
        using var output = new MemoryStream();
        writer.Write(document, output, context);
        var plan = new PptxWriter(options ?? PptxOptions.Default).Plan(document, SlideTheme.Default, Context(document, new DiagnosticBag()));
        var dir = TestFiles.NewTempDirectory("gooverview-slides");
        var path = System.IO.Path.Combine(dir, name + ".pptx");
        File.WriteAllBytes(path, output.ToArray());
        return new WrittenDeck(output.ToArray(), path, plan, diagnostics);
    }

    public static SlidePlan Plan(Document document, DiagnosticBag diagnostics) =>
        new PptxWriter().Plan(document, SlideTheme.Default, Context(document, diagnostics));
}
