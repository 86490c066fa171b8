using System.Diagnostics;
using System.Runtime.InteropServices;

namespace GoOverview.Bench;

/// <summary>
/// Whole-process cold runs: the published CLI building all four formats, and pandoc (docx, epub, pptx; and
/// pandoc + WeasyPrint for PDF) on the same input when installed. Peak memory is the child's max RSS (getrusage).
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

    private static (double Seconds, long PeakMb) Time(int runs, string exe, string[] arguments)
    {
        var times = new List<double>();
        for (var i = 0; i < runs; i++)
        {
            var psi = new ProcessStartInfo(exe) { RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var a in arguments) psi.ArgumentList.Add(a);
            var clock = Stopwatch.StartNew();
            using var p = Process.Start(psi)!;
            p.StandardOutput.ReadToEnd();
            p.StandardError.ReadToEnd();
            p.WaitForExit();
            times.Add(clock.Elapsed.TotalSeconds);
        }
        times.Sort();
        return (times[times.Count / 2], ChildrenMaxRssMb());
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

    // getrusage(RUSAGE_CHILDREN).ru_maxrss: the largest RSS of any waited-for child so far, in KB on Linux.
    private static long ChildrenMaxRssMb()
    {
        var usage = new RUsage();
        return getrusage(-1, ref usage) == 0 ? usage.MaxRss / 1024 : -1;
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct RUsage
    {
        public long UserSec, UserUsec, SysSec, SysUsec;
        public long MaxRss;
        public long IxRss, IdRss, IsRss, MinFlt, MajFlt, NSwap, InBlock, OuBlock, MsgSnd, MsgRcv, NSignals, NVcsw, NIvcsw;
    }

    [DllImport("libc", SetLastError = true)]
    private static extern int getrusage(int who, ref RUsage usage);
}
