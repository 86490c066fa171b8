using System.Diagnostics;
using System.Globalization;

namespace GoOverview.Bench;

/// <summary>
/// --book: the 845 KB book of issue 17 (the seed joined until it is that large) through the CLI, all four formats in
/// one cold process and each format alone: median wall time, the child's CPU time (user + system; on a loaded
/// machine wall time mostly measures the queue) and peak RSS.
/// </summary>
internal static class BookBench
{
    private const int BookBytes = 845_000;
    private static readonly string[] Jobs = ["pdf,docx,epub,pptx", "pdf", "docx", "epub", "pptx"];

    public static void Run(BenchOptions options)
    {
        var cli = options.CliPath ?? ColdProcessBench.FindPublishedCli();
        Console.WriteLine("\n## Book (845 KB: the seed joined; median of runs)");
        if (cli is null || !File.Exists("/usr/bin/time"))
        {
            Console.WriteLine("needs the published CLI (artifacts/cli or --cli PATH) and GNU time (/usr/bin/time)");
            return;
        }
        var work = Path.Combine(Path.GetTempPath(), "gooverview-bench-book");
        var seedBytes = System.Text.Encoding.UTF8.GetByteCount(SeedCorpus.Text(1));
        var copies = (BookBytes + seedBytes - 1) / seedBytes;
        var input = SeedCorpus.WriteFile(work, copies);
        Console.WriteLine($"input: seed ×{copies}, {new FileInfo(input).Length / 1024} KB; {Environment.ProcessorCount} cores, load {Load()}");
        Console.WriteLine($"{"job",-20} {"wall s",8} {"cpu s",8} {"peak MB",8}");
        foreach (var job in Jobs)
        {
            var runs = Enumerable.Range(0, options.Runs).Select(_ => Once(cli, input, job, Path.Combine(work, "out"))).ToList();
            double Median(Func<(double Wall, double Cpu, long PeakMb), double> of) => runs.Select(of).Order().ElementAt(runs.Count / 2);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{job,-20} {Median(r => r.Wall),8:0.00} {Median(r => r.Cpu),8:0.00} {runs.Max(r => r.PeakMb),8}"));
        }
    }

    private static (double Wall, double Cpu, long PeakMb) Once(string cli, string input, string formats, string output)
    {
        var run = ChildRun.Start(cli, ["build", input, "--to", formats, "-o", output, "--quiet"]);
        return (run.Wall, run.Cpu, run.PeakMb);
    }

    private static string Load() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "?";
}
