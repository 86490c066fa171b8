using System.Diagnostics;
using GoOverview.Export;
using GoOverview.Fonts;
using GoOverview.Model;
using GoOverview.Model.Diagnostics;
using GoOverview.Slides.Measuring;
using GoOverview.Slides.Planning;
using GoOverview.Slides.Pptx;
using GoOverview.Slides.Pptx.Package;
using GoOverview.TestSupport;

namespace GoOverview.Slides.Tests;

/// <summary>
/// Hand-run timing harness, inactive unless SLIDES_MEASURE=FILE is set: appends Stopwatch timings of seed → pptx
/// (first call and warm, with a breakdown by phase) to FILE. Reported by hand, never asserted.
/// </summary>
public sealed class MeasureByHand
{
    [Fact]
    public void Measure()
    {
        var file = Environment.GetEnvironmentVariable("SLIDES_MEASURE");
        if (string.IsNullOrEmpty(file)) return;
        var seed = TestFiles.ReadSeed();
        using var fonts = FontLibrary.LoadBundled();
        var lines = new List<string> { $"# {DateTime.Now:HH:mm:ss} load {File.ReadAllText("/proc/loadavg").Trim()}" };
        var first = Stopwatch.StartNew();
        using (var output = new MemoryStream()) new PptxWriter().Write(seed, output, ExportContext.For(seed, new DiagnosticBag(), fonts));
        lines.Add($"pptx writer, first call in the process: {first.Elapsed.TotalMilliseconds:F1} ms");
        using (var fresh = FontLibrary.LoadBundled()) lines.Add("phases with a fresh font library (subsetting again): " + Phases(seed, fresh));
        var totals = new List<double>();
        string? last = null;
        for (var i = 0; i < 15; i++)
        {
            var watch = Stopwatch.StartNew();
            last = Phases(seed, fonts);
            totals.Add(watch.Elapsed.TotalMilliseconds);
        }
        lines.Add($"warm: median {Median(totals):F1} ms, min {totals.Min():F1} ms; last run {last}");
        var writes = new List<double>();
        foreach (var format in new IDocumentWriter[] { new PptxWriter(), new SlidesPdfWriter() })
        {
            writes.Clear();
            for (var i = 0; i < 10; i++)
            {
                var watch = Stopwatch.StartNew();
                using var output = new MemoryStream();
                format.Write(seed, output, ExportContext.For(seed, new DiagnosticBag(), fonts));
                writes.Add(watch.Elapsed.TotalMilliseconds);
            }
            lines.Add($"{format.Format} writer, warm: median {Median(writes):F1} ms, min {writes.Min():F1} ms");
        }
        File.AppendAllLines(file, lines);
    }

    /// <summary>The pptx writer's steps, each timed.</summary>
    private static string Phases(Document seed, FontLibrary fonts)
    {
        var context = ExportContext.For(seed, new DiagnosticBag(), fonts);
        var times = new List<string>();
        var watch = Stopwatch.StartNew();
        void Lap(string name)
        {
            times.Add($"{name} {watch.Elapsed.TotalMilliseconds:F1}");
            watch.Restart();
        }
        var characters = SlideCharacters.Expected(seed);
        using var shaping = GoOverview.Layout.ShapingFonts.Subset(fonts, _ => characters);
        foreach (var font in fonts.All) shaping.DataOf(font);
        Lap("subsets");
        var real = new LayoutTextMeasurer(shaping);
        var measurer = new CountingMeasurer(real);
        real.BreakLines([new SlideRun("预热 warm-up", RunStyle.Plain)], 20, 500);
        Lap("first line");
        real.BreakLines([new SlideRun("粗体 bold", RunStyle.Plain with { Bold = true })], 20, 500);
        Lap("first bold line");
        var plan = new SlidePlanner(SlideTheme.Default, measurer, context.Diagnostics).Plan(seed);
        Lap("plan");
        times.Add($"(in measurer {measurer.Elapsed.TotalMilliseconds:F1} ms, {measurer.Calls} calls)");
        var package = DefaultTemplate.Create(SlideTheme.Default, fonts.Regular.Family);
        Lap("template");
        var presentation = package.RelatedByType(package.Root, RelationshipTypes.OfficeDocument).First();
        new DeckBuilder(package, presentation, context, fonts.Regular.Family, fonts.Mono.Family).Fill(plan, characters, seed.Metadata);
        Lap("fill");
        FillParts(plan, fonts, context, times);
        watch.Restart();
        using var output = new MemoryStream();
        package.Write(output, context.Timestamp, System.IO.Compression.CompressionLevel.Fastest);
        Lap("zip");
        return string.Join(", ", times) + $" ms ({plan.Slides.Length} slides, {output.Length / 1024} KB)";
    }

    /// <summary>Breakdown of the fill step: building slide trees, notes trees, serializing them.</summary>
    private static void FillParts(SlidePlan plan, FontLibrary fonts, ExportContext context, List<string> times)
    {
        var cleaner = new XmlTextCleaner(context.Diagnostics);
        var paragraphs = new ParagraphXml(plan.Theme, new RunXml(cleaner, fonts.Regular.Family, fonts.Mono.Family));
        var slideXml = new SlideXml(plan.Theme, paragraphs);
        var notesXml = new NotesXml();
        var layout = new LayoutChoice(new OpcPart("/x.xml", ""), "x", [TemplateXml.Title, TemplateXml.Body, TemplateXml.SlideNumber]);
        var watch = Stopwatch.StartNew();
        var slides = plan.Slides.Select((s, i) => slideXml.Build(s, layout, i + 1, (_, _) => null, _ => "rIdPicture")).ToList();
        var build = watch.Elapsed.TotalMilliseconds;
        watch.Restart();
        var notes = plan.Slides.OfType<ContentSlide>().Select(c => notesXml.Build(c.Notes)).ToList();
        var buildNotes = watch.Elapsed.TotalMilliseconds;
        watch.Restart();
        var part = new OpcPart("/x.xml", "");
        long bytes = 0;
        foreach (var x in slides.Concat(notes))
        {
            part.WriteXml(x);
            bytes += part.Data.Length;
        }
        times.Add($"[slide trees {build:F1}, notes trees {buildNotes:F1}, serialize {watch.Elapsed.TotalMilliseconds:F1} ms, {bytes / 1024} KB XML]");
    }

    private sealed class CountingMeasurer(ITextMeasurer inner) : ITextMeasurer
    {
        private readonly Stopwatch _watch = new();

        public int Calls { get; private set; }

        public TimeSpan Elapsed => _watch.Elapsed;

        public IReadOnlyList<MeasuredLine> BreakLines(IReadOnlyList<SlideRun> runs, double fontSize, double width)
        {
            Calls++;
            _watch.Start();
            try
            {
                return inner.BreakLines(runs, fontSize, width);
            }
            finally
            {
                _watch.Stop();
            }
        }
    }

    private static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);
}
