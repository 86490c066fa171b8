using System.Diagnostics;
using GoOverview.Cli;
using GoOverview.Export;
using GoOverview.Fonts;
using GoOverview.Markdown;
using GoOverview.Model.Diagnostics;

namespace GoOverview.Bench;

/// <summary>Warm in-process timings: parse and every writer, median of N runs, per corpus size.</summary>
internal static class InProcessBench
{
    public static void Run(BenchOptions options)
    {
        Console.WriteLine("\n## In process (warm, median of runs)");
        Console.WriteLine($"{"size",-6} {"step",-8} {"median ms",10} {"min ms",8} {"output KB",10}");
        using var fonts = FontLibrary.LoadBundled();
        foreach (var copies in options.Sizes)
        {
            var text = SeedCorpus.Text(copies);
            var runs = copies >= 100 ? Math.Max(1, options.Runs / 2) : options.Runs;
            Report(copies, "parse", Measure(runs, () => MarkdownReader.Read(text, "seed.md", null, new DiagnosticBag())), 0);
            var document = MarkdownReader.Read(text, "seed.md", null, new DiagnosticBag());
            foreach (var format in OutputFormats.Default)
            {
                long size = 0;
                var times = Measure(runs, () =>
                {
                    var diagnostics = new DiagnosticBag();
                    var writer = GoOverview.Writers.Create(format, GoOverview.ExportOptions.Default);
                    using var output = new MemoryStream();
                    try
                    {
                        writer.Write(document, output, ExportContext.For(document, diagnostics, fonts));
                    }
                    catch (NotSupportedException)
                    {
                        return;
                    }
                    size = output.Length;
                });
                Report(copies, format, times, size);
            }
        }
        Console.WriteLine($"peak working set of this process: {Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024)} MB");
    }

    private static List<double> Measure(int runs, Action action)
    {
        action(); // warm-up
        var times = new List<double>();
        for (var i = 0; i < runs; i++)
        {
            var clock = Stopwatch.StartNew();
            action();
            times.Add(clock.Elapsed.TotalMilliseconds);
        }
        return times;
    }

    private static void Report(int copies, string step, List<double> times, long bytes)
    {
        times.Sort();
        Console.WriteLine($"x{copies,-5} {step,-8} {times[times.Count / 2],10:0.0} {times[0],8:0.0} {(bytes > 0 ? (bytes / 1024.0).ToString("0") : "-"),10}");
    }
}
