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
        fonts.SubsetCache = null; // count the cuts of this run, not earlier runs' cached subsets
        var document = TestFiles.ReadSeed();
        var context = ExportContext.For(document, new DiagnosticBag(), fonts);
        foreach (var format in new[] { "docx", "epub", "pptx", "slides-pdf" })
        {
            using var output = new MemoryStream();
            GoOverview.Writers.Create(format, GoOverview.ExportOptions.Default).Write(document, output, context);
        }
        // Noto Sans SC Regular and Bold shared by all four; JetBrains Mono only for Word (it always embeds its code font).
        Assert.Equal(3, fonts.SubsetsCut);
    }
}
