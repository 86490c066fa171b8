using System.Diagnostics;
using GoOverview.Cli;
using GoOverview.Export;
using GoOverview.Export.Code;
using GoOverview.Fonts;
using GoOverview.Markdown;
using GoOverview.Model;
using GoOverview.Model.Diagnostics;
using GoOverview.Model.Files;

namespace GoOverview.Bench;

/// <summary>
/// --code: what highlighting costs on the largest code test document (tests/code-samples/code-blocks.md repeated):
/// the first highlighting of every block in a fresh process (grammar loading included), and the four formats written
/// in process with highlighting on and off (median of runs); then, with the published CLI, whole cold processes with
/// and without --no-highlight.
/// </summary>
internal static class CodeBench
{
    public static void Run(BenchOptions options)
    {
        Console.WriteLine("\n## Code highlighting share (tests/code-samples/code-blocks.md)");
        var source = File.ReadAllText(SamplePath());
        using var fonts = FontLibrary.LoadBundled();
        foreach (var copies in new[] { 1, 20 })
        {
            var text = string.Concat(Enumerable.Repeat(source[(source.IndexOf("\n---\n", 4, StringComparison.Ordinal) + 5)..], copies));
            var document = MarkdownReader.Read(text, "code.md", null, new DiagnosticBag());
            var blocks = DocumentWalker.AllBlocks(document).OfType<CodeBlock>().ToList();
            var clock = Stopwatch.StartNew();
            var highlighter = new CodeHighlighter(new DiagnosticBag(), HighlightOptions.Default) { Cache = null };
            foreach (var block in blocks) highlighter.Highlight(block);
            var first = clock.Elapsed.TotalMilliseconds;
            // Paired: each run writes plain, highlighted without the token cache (a first build) and highlighted with it
            // (a repeat build) one after another, so load from other processes hits all three alike.
            var cacheDir = Path.Combine(Path.GetTempPath(), "gooverview-bench-cache-" + Environment.ProcessId);
            var shared = ContentCache.Shared;
            var repeatCache = new ContentCache(cacheDir);
            var (off, uncached, cached) = MedianOfPairs(options.Runs,
                () => { ContentCache.Shared = null; WriteAll(document, fonts, new HighlightOptions(Enabled: false)); },
                () => { ContentCache.Shared = null; WriteAll(document, fonts, HighlightOptions.Default); },
                () => { ContentCache.Shared = repeatCache; WriteAll(document, fonts, HighlightOptions.Default); });
            ContentCache.Shared = shared;
            Directory.Delete(cacheDir, recursive: true);
            var tokenize = Median(options.Runs, () =>
            {
                var fresh = new CodeHighlighter(new DiagnosticBag(), HighlightOptions.Default) { Cache = null };
                foreach (var block in blocks) fresh.Highlight(block);
            });
            Console.WriteLine($"x{copies,-3} {blocks.Count,4} blocks, {text.Length / 1024.0,6:0.0} KB: first highlight (grammars loaded) {first,7:0.0} ms; " +
                $"tokenizing warm (one thread) {tokenize,6:0.0} ms; all four formats {off,7:0.0} ms plain, {uncached,7:0.0} ms highlighted " +
                $"({Share(uncached, off),5:0.0}%), {cached,7:0.0} ms highlighted from the token cache ({Share(cached, off),5:0.0}%)");
        }
        if ((options.CliPath ?? ColdProcessBench.FindPublishedCli()) is { } cli && File.Exists(cli)) ColdRuns(cli, source, options.Runs);
    }

    private static void ColdRuns(string cli, string source, int runs)
    {
        var dir = Path.Combine(Path.GetTempPath(), "gooverview-bench-code");
        Directory.CreateDirectory(dir);
        var input = Path.Combine(dir, "code-blocks.md");
        File.WriteAllText(input, source);
        var cacheDir = Path.Combine(dir, "cache");
        Action Cold(bool cache, params string[] extra) => () =>
        {
            var start = new ProcessStartInfo(cli, ["build", input, "--to", "all", "-o", Path.Combine(dir, "out"), "-q", .. extra])
                { RedirectStandardError = true, RedirectStandardOutput = true };
            start.Environment["GOOVERVIEW_CACHE_DIR"] = cacheDir;
            if (!cache) start.Environment["GOOVERVIEW_NO_CACHE"] = "1";
            using var process = Process.Start(start)!;
            process.StandardError.ReadToEnd();
            process.WaitForExit();
        };
        // Paired runs (see Run): first builds without the cache, then repeat builds with it.
        var (off, on, _) = MedianOfPairs(runs, Cold(false, "--no-highlight"), Cold(false), () => { });
        var (offCached, onCached, _) = MedianOfPairs(runs, Cold(true, "--no-highlight"), Cold(true), () => { });
        Console.WriteLine($"cold process, all four formats, first build (no cache): {on,6:0} ms highlighted, {off,6:0} ms with --no-highlight " +
            $"({Share(on, off):0.0}% for highlighting)");
        Console.WriteLine($"cold process, all four formats, repeat build (cache):   {onCached,6:0} ms highlighted, {offCached,6:0} ms with --no-highlight " +
            $"({Share(onCached, offCached):0.0}% for highlighting)");
        Directory.Delete(cacheDir, recursive: true);
    }

    private static void WriteAll(Document document, FontLibrary fonts, HighlightOptions highlight)
    {
        var diagnostics = new DiagnosticBag();
        using var context = ExportContext.For(document, diagnostics, fonts, highlight: highlight);
        Parallel.ForEach(OutputFormats.Default, format =>
        {
            using var output = new MemoryStream();
            GoOverview.Writers.Create(format, GoOverview.ExportOptions.Default).Write(document, output, context);
        });
    }

    private static double Share(double highlighted, double plain) => (highlighted - plain) / highlighted * 100;

    private static (double, double, double) MedianOfPairs(int runs, Action first, Action second, Action third)
    {
        first();
        second();
        third();
        var times = new List<double>[] { [], [], [] };
        for (var i = 0; i < runs; i++)
        {
            foreach (var (action, list) in new[] { (first, times[0]), (second, times[1]), (third, times[2]) })
            {
                var clock = Stopwatch.StartNew();
                action();
                list.Add(clock.Elapsed.TotalMilliseconds);
            }
        }
        foreach (var list in times) list.Sort();
        return (times[0][runs / 2], times[1][runs / 2], times[2][runs / 2]);
    }

    private static double Median(int runs, Action action)
    {
        action();
        var times = new List<double>();
        for (var i = 0; i < runs; i++)
        {
            var clock = Stopwatch.StartNew();
            action();
            times.Add(clock.Elapsed.TotalMilliseconds);
        }
        times.Sort();
        return times[times.Count / 2];
    }

    private static string SamplePath()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "tests", "code-samples", "code-blocks.md");
            if (File.Exists(candidate)) return candidate;
        }
        throw new FileNotFoundException("tests/code-samples/code-blocks.md not found above " + AppContext.BaseDirectory);
    }
}
