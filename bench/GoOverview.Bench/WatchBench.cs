using System.Diagnostics;

namespace GoOverview.Bench;

/// <summary>
/// Watch-mode latency: the published CLI watching a copy of the seed; after each edit, the time until all four
/// outputs have been replaced (measured from the moment the edited file is saved).
/// </summary>
internal static class WatchBench
{
    private static readonly string[] Extensions = [".pdf", ".docx", ".epub", ".pptx"];

    public static void Run(string cli, int edits)
    {
        Console.WriteLine("\n## Watch mode: save → all four outputs rebuilt");
        var work = Path.Combine(Path.GetTempPath(), "gooverview-watch-bench");
        if (Directory.Exists(work)) Directory.Delete(work, recursive: true);
        var source = SeedCorpus.WriteFile(work, 1);
        var outDir = Path.Combine(work, "out");
        var outputs = Extensions.Select(e => Path.Combine(outDir, Path.GetFileNameWithoutExtension(source) + e)).ToArray();
        var psi = new ProcessStartInfo(cli) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = work };
        foreach (var a in new[] { "build", source, "-o", outDir, "--watch", "-q" }) psi.ArgumentList.Add(a);
        using var process = Process.Start(psi)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            if (!WaitUntil(() => outputs.All(File.Exists), TimeSpan.FromSeconds(60))) throw new TimeoutException("first build did not finish");
            Thread.Sleep(500);
            var times = new List<double>();
            for (var i = 0; i < edits; i++)
            {
                var before = outputs.Select(File.GetLastWriteTimeUtc).ToArray();
                File.AppendAllText(source, $"\n\n第 {i + 1} 次修改。\n");
                var clock = Stopwatch.StartNew();
                if (!WaitUntil(() => outputs.Select(File.GetLastWriteTimeUtc).Zip(before).All(p => p.First > p.Second), TimeSpan.FromSeconds(30)))
                    throw new TimeoutException("an edit was not rebuilt");
                times.Add(clock.Elapsed.TotalSeconds);
                Thread.Sleep(300);
            }
            times.Sort();
            Console.WriteLine($"edits {edits}: median {times[times.Count / 2]:0.000} s, min {times[0]:0.000} s, max {times[^1]:0.000} s");
        }
        finally
        {
            process.Kill(entireProcessTree: true);
        }
    }

    private static bool WaitUntil(Func<bool> condition, TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < timeout)
        {
            if (condition()) return true;
            Thread.Sleep(2);
        }
        return false;
    }
}
