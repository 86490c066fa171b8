using GoOverview.Export;
using GoOverview.Fonts;
using GoOverview.Model.Diagnostics;
using GoOverview.TestSupport;
using Xunit;

namespace GoOverview.Cli.Tests;

/// <summary>Fonts are subset once per run: the writers that embed whole-document subsets ask for the same ones.</summary>
public sealed class SharedSubsetTests
{
    [Fact]
    public void Embedding_writers_of_one_run_cut_one_subset_per_face()
    {
        using var fonts = FontLibrary.LoadBundled();
        var document = TestFiles.ReadSeed();
        var context = ExportContext.For(document, new DiagnosticBag(), fonts);
        foreach (var format in new[] { "epub", "pptx", "slides-pdf" })
        {
            using var output = new MemoryStream();
            WriterRegistry.Create(format, new WriterSettings()).Write(document, output, context);
        }
        Assert.Equal(2, fonts.SubsetsCut); // Noto Sans SC Regular and Bold; the seed has no code, so no mono
    }
}
