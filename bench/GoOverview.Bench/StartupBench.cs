using System.Diagnostics;

namespace GoOverview.Bench;

/// <summary>
/// --startup: start-up and small jobs on the seed, each as a fresh process, native AOT vs ReadyToRun vs pandoc in
/// the same run. Runs are interleaved (AOT, R2R, pandoc, AOT, …) so a change in machine load hits all alike; one
/// discarded warm-up each (it fills the page cache and GoOverview's subset cache, as any second build has).
/// </summary>
internal static class StartupBench
{
    public static void Run(BenchOptions options)
    {
        var aot = options.AotPath ?? ChildRun.FindArtifact("aot");
        var r2r = options.CliPath ?? ColdProcessBench.FindPublishedCli();
        var pandoc = Which("pandoc");
        var typst = options.TypstCliPath ?? Which("mdxport");
        Console.WriteLine($"\n## Start-up (median of {options.Runs} cold processes; load average {LoadAverage()})");
        if (aot is null) Console.WriteLine("native AOT CLI not found: `build.ps1 publish` (artifacts/aot) or pass --aot PATH");
        if (r2r is null) Console.WriteLine("ReadyToRun CLI not found: `build.ps1 publish-r2r` (artifacts/cli) or pass --cli PATH");
        var work = Path.Combine(Path.GetTempPath(), "gooverview-startup");
        var input = SeedCorpus.WriteFile(work, 1);
        var output = Path.Combine(work, "out");
        Console.WriteLine($"{"job",-22} {"AOT s",8} {"R2R s",8} {"pandoc s",9} {"AOT/pandoc",11} {"R2R/pandoc",11}");

        Row("--help", aot, r2r, ["--help"], pandoc, [["--help"]]);
        foreach (var format in new[] { "docx", "epub", "pptx" })
            Row($"seed → {format}", aot, r2r, ["build", input, "--to", format, "-o", output, "-q"],
                pandoc, [[input, "-o", Path.Combine(work, $"pandoc.{format}")]]);
        // The PDF's peer is a Typst-based Markdown → PDF CLI (its column is the pandoc one; pandoc has no PDF engine of its own).
        if (typst is null) Console.WriteLine("(no Typst-based CLI for the PDF row: `npm install @mdxport/cli`, or pass --typst PATH)");
        Row("seed → pdf (vs Typst)", aot, r2r, ["build", input, "--to", "pdf", "-o", output, "-q"],
            typst, [[input, "-o", Path.Combine(work, "typst.pdf"), "--quiet"]]);
        Row("seed → all four", aot, r2r, ["build", input, "-o", output, "-q"], pandoc,
            new[] { "docx", "epub", "pptx" }.Select(f => new[] { input, "-o", Path.Combine(work, $"pandoc.{f}") }).ToArray());
        void Row(string job, string? aotExe, string? r2rExe, string[] ours, string? peer, string[][] peerRuns)
        {
            // one column each: AOT, R2R, pandoc (null: that runner is missing)
            (string Exe, string[][] Runs)?[] columns =
            [
                aotExe is null ? null : (aotExe, new[] { ours }),
                r2rExe is null ? null : (r2rExe, new[] { ours }),
                peer is null || peerRuns.Length == 0 ? null : (peer, peerRuns),
            ];
            var times = columns.Select(_ => new List<double>()).ToArray();
            for (var i = 0; i <= options.Runs; i++)
                for (var c = 0; c < columns.Length; c++)
                    if (columns[c] is { } column && column.Runs.Sum(a => Once(column.Exe, a)) is var seconds && i > 0)
                        times[c].Add(seconds);
            var medians = times.Select(t => t.Count == 0 ? (double?)null : t.Order().ElementAt(t.Count / 2)).ToArray();
            var (a, b, p) = (medians[0], medians[1], medians[2]);
            Console.WriteLine($"{job,-22} {Cell(a),8} {Cell(b),8} {Cell(p),9} {Ratio(a, p),11} {Ratio(b, p),11}");
        }
    }

    private static double Once(string exe, string[] arguments)
    {
        var run = ChildRun.Start(exe, arguments);
        if (run.ExitCode != 0) throw new InvalidOperationException($"{exe} {string.Join(' ', arguments)}: exit {run.ExitCode}\n{run.StdErr}");
        return run.Wall;
    }

    private static string Cell(double? seconds) => seconds is { } s ? s.ToString("0.000") : "-";

    private static string Ratio(double? ours, double? peer) => ours is { } o && peer is { } p && p > 0 ? (o / p).ToString("0.00") : "-";

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "?";

    private static string? Which(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Select(d => Path.Combine(d, name)).FirstOrDefault(File.Exists);
}
