using System.Diagnostics;
using GoOverview.Export;
using GoOverview.Fonts;
using GoOverview.Model.Diagnostics;
using GoOverview.TestSupport;
using GoOverview.Word.Tests.Support;

namespace GoOverview.Word.Tests;

/// <summary>
/// Hand-run helpers, inactive unless their environment variable is set: WORD_DUMP_DIR writes the outputs for
/// looking at them; WORD_MEASURE=FILE appends Stopwatch timings of seed → docx (reported by hand, never asserted).
/// </summary>
public sealed class DumpForLooking
{
    [Fact]
    public void Dump()
    {
        var dir = Environment.GetEnvironmentVariable("WORD_DUMP_DIR");
        if (string.IsNullOrEmpty(dir)) return;
        Directory.CreateDirectory(dir);
        File.WriteAllBytes(Path.Combine(dir, "seed.docx"), WordKit.SeedDocx);
        File.WriteAllBytes(Path.Combine(dir, "tables.docx"), WordKit.Write(Fixtures.TablesCodeQuotesNotes()));
        File.WriteAllBytes(Path.Combine(dir, "lists.docx"), WordKit.Write(Fixtures.NestedLists()));
    }

    [Fact]
    public void Measure()
    {
        var file = Environment.GetEnvironmentVariable("WORD_MEASURE");
        if (string.IsNullOrEmpty(file)) return;
        var seed = TestFiles.ReadSeed();
        using var fonts = FontLibrary.LoadBundled();
        var lines = new List<string>();
        var watch = Stopwatch.StartNew();
        var size = Write(seed, fonts);
        lines.Add($"first call (JIT + subsetting): {watch.Elapsed.TotalMilliseconds:F1} ms, {size} bytes");
        var warm = new List<double>();
        for (var i = 0; i < 20; i++)
        {
            watch.Restart();
            Write(seed, fonts);
            warm.Add(watch.Elapsed.TotalMilliseconds);
        }
        lines.Add($"warm, subsets cached: median {Median(warm):F1} ms, min {warm.Min():F1} ms");
        var cold = new List<double>();
        for (var i = 0; i < 5; i++)
        {
            using var freshFonts = FontLibrary.LoadBundled();
            watch.Restart();
            Write(seed, freshFonts);
            cold.Add(watch.Elapsed.TotalMilliseconds);
        }
        lines.Add($"warm code, fresh font library (subsetting included): median {Median(cold):F1} ms, min {cold.Min():F1} ms");
        var noEmbed = new List<double>();
        for (var i = 0; i < 10; i++)
        {
            watch.Restart();
            Write(seed, fonts, new DocxOptions { EmbedFonts = false });
            noEmbed.Add(watch.Elapsed.TotalMilliseconds);
        }
        lines.Add($"warm, no font embedding: median {Median(noEmbed):F1} ms");
        File.AppendAllLines(file, lines);
    }

    private static long Write(GoOverview.Model.Document document, FontLibrary fonts, DocxOptions? options = null)
    {
        var context = ExportContext.For(document, new DiagnosticBag(), fonts);
        using var output = new MemoryStream();
        new DocxWriter(options ?? DocxOptions.Default).Write(document, output, context);
        return output.Length;
    }

    private static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);
}
