using System.Diagnostics;
using GoOverview.Cli;
using GoOverview.Export;
using GoOverview.Export.Code;
using GoOverview.Fonts;
using GoOverview.Markdown;
using GoOverview.Model;
using GoOverview.Model.Diagnostics;

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
            var highlighter = new CodeHighlighter(new DiagnosticBag(), HighlightOptions.Default);
            foreach (var block in blocks) highlighter.Highlight(block);
            var first = clock.Elapsed.TotalMilliseconds;
            var on = Median(options.Runs, () => WriteAll(document, fonts, HighlightOptions.Default));
            var off = Median(options.Runs, () => WriteAll(document, fonts, new HighlightOptions(Enabled: false)));
            var tokenize = Median(options.Runs, () =>
            {
                var fresh = new CodeHighlighter(new DiagnosticBag(), HighlightOptions.Default);
                foreach (var block in blocks) fresh.Highlight(block);
            });
            Console.WriteLine($"x{copies,-3} {blocks.Count,4} blocks, {text.Length / 1024.0,6:0.0} KB: first highlight (grammars loaded) {first,7:0.0} ms; " +
                $"tokenizing warm {tokenize,6:0.0} ms; all four formats {on,7:0.0} ms highlighted, {off,7:0.0} ms plain: " +
                $"highlighting {(on - off) / on * 100,5:0.0}% of the highlighted build");
        }
        if ((options.CliPath ?? ColdProcessBench.FindPublishedCli()) is { } cli) ColdRuns(cli, source, options.Runs);
    }

    private static void ColdRuns(string cli, string source, int runs)
    {
        var dir = Path.Combine(Path.GetTempPath(), "gooverview-bench-code");
        Directory.CreateDirectory(dir);
        var input = Path.Combine(dir, "code-blocks.md");
        File.WriteAllText(input, source);
        double Cold(params string[] extra) => Median(runs, () =>
        {
            using var process = Process.Start(new ProcessStartInfo(cli, ["build", input, "--to", "all", "-o", Path.Combine(dir, "out"), "-q", .. extra])
                { RedirectStandardError = true, RedirectStandardOutput = true })!;
            process.StandardError.ReadToEnd();
            process.WaitForExit();
        });
        var on = Cold();
        var off = Cold("--no-highlight");
        Console.WriteLine($"cold process, all four formats: {on,6:0} ms highlighted, {off,6:0} ms with --no-highlight " +
            $"({(on - off) / on * 100:0.0}% for highlighting)");
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
