using System.Diagnostics;

namespace GoOverview.Bench;

/// <summary>
/// Whole-process cold runs: the published CLI building all four formats, and pandoc (docx, epub, pptx; and
/// pandoc + WeasyPrint for PDF) on the same input when installed. Peak memory is the child's max RSS.
/// </summary>
internal static class ColdProcessBench
{
    public static void Run(BenchOptions options)
    {
        var cli = options.CliPath ?? FindPublishedCli();
        Console.WriteLine("\n## Cold process (median wall time of runs; peak RSS of the child)");
        if (cli is null)
        {
            Console.WriteLine("published CLI not found: run `dotnet publish src/GoOverview.Cli -c Release -o artifacts/cli` or pass --cli PATH");
            return;
        }
        var work = Path.Combine(Path.GetTempPath(), "gooverview-bench");
        Console.WriteLine($"{"size",-6} {"job",-28} {"median s",9} {"peak MB",8}  ratio");
        foreach (var copies in options.Sizes)
        {
            var input = SeedCorpus.WriteFile(work, copies);
            var runs = copies >= 100 ? Math.Max(1, options.Runs / 2) : options.Runs;
            var ours = Time(runs, cli, ["build", input, "-o", Path.Combine(work, "out"), "--quiet"]);
            Print(copies, "gooverview all four", ours, null);
            var oursThree = Time(runs, cli, ["build", input, "--to", "docx,epub,pptx", "-o", Path.Combine(work, "out"), "--quiet"]);
            Print(copies, "gooverview docx+epub+pptx", oursThree, null);
            if (Which("pandoc") is { } pandoc)
            {
                var three = new[] { "docx", "epub", "pptx" }.Select(ext =>
                    Time(runs, pandoc, [input, "-o", Path.Combine(work, $"pandoc.{ext}")])).ToList();
                var sum = (three.Sum(t => t.Seconds), three.Max(t => t.PeakMb));
                Print(copies, "pandoc docx+epub+pptx", sum, oursThree.Seconds);
                if (Which("weasyprint") is not null)
                    Print(copies, "pandoc+weasyprint pdf", Time(1, pandoc, [input, "--pdf-engine=weasyprint", "-o", Path.Combine(work, "pandoc.pdf")]), null);
            }
        }
    }

    private static void Print(int copies, string job, (double Seconds, long PeakMb) t, double? oursSeconds)
    {
        var ratio = oursSeconds is { } o && o > 0 ? $"pandoc/ours = {t.Seconds / o:0.00}" : "";
        Console.WriteLine($"x{copies,-5} {job,-28} {t.Seconds,9:0.000} {t.PeakMb,8}  {ratio}");
    }

    /// <summary>Median wall time and the child's peak RSS (see <see cref="ChildRun"/>).</summary>
    public static (double Seconds, long PeakMb) Time(int runs, string exe, string[] arguments)
    {
        var results = Enumerable.Range(0, runs).Select(_ => ChildRun.Start(exe, arguments)).ToList();
        var times = results.Select(r => r.Wall).Order().ToList();
        return (times[times.Count / 2], results.Max(r => r.PeakMb));
    }

    public static string? FindPublishedCli() => ChildRun.FindArtifact("cli");

    private static string? Which(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Select(d => Path.Combine(d, name)).FirstOrDefault(File.Exists);
}
