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

    /// <summary>
    /// Median wall time and the child's peak RSS. The RSS comes from GNU time (/usr/bin/time -f %M) when installed:
    /// getrusage(RUSAGE_CHILDREN) would count the pages a forked child briefly shares with this large process.
    /// </summary>
    public static (double Seconds, long PeakMb) Time(int runs, string exe, string[] arguments)
    {
        var times = new List<double>();
        long peakKb = -1;
        var gnuTime = File.Exists("/usr/bin/time") ? "/usr/bin/time" : null;
        for (var i = 0; i < runs; i++)
        {
            var psi = new ProcessStartInfo(gnuTime ?? exe) { RedirectStandardOutput = true, RedirectStandardError = true };
            if (gnuTime is not null)
            {
                psi.ArgumentList.Add("-f");
                psi.ArgumentList.Add("maxrss-kb %M");
                psi.ArgumentList.Add(exe);
            }
            foreach (var a in arguments) psi.ArgumentList.Add(a);
            var clock = Stopwatch.StartNew();
            using var p = Process.Start(psi)!;
            var stderr = p.StandardError.ReadToEndAsync();
            p.StandardOutput.ReadToEnd();
            p.WaitForExit();
            times.Add(clock.Elapsed.TotalSeconds);
            var line = stderr.Result.Split('\n').LastOrDefault(l => l.StartsWith("maxrss-kb ", StringComparison.Ordinal));
            if (line is not null && long.TryParse(line["maxrss-kb ".Length..], out var kb)) peakKb = Math.Max(peakKb, kb);
        }
        times.Sort();
        return (times[times.Count / 2], peakKb < 0 ? -1 : peakKb / 1024);
    }

    public static string? FindPublishedCli()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "artifacts", "cli", "gooverview");
            if (File.Exists(candidate)) return candidate;
        }
        return null;
    }

    private static string? Which(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Select(d => Path.Combine(d, name)).FirstOrDefault(File.Exists);
}
