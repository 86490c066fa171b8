using System.Diagnostics;
using GoOverview.Cli;
using GoOverview.Export;
using GoOverview.Export.Code;
using GoOverview.Fonts;
using GoOverview.Markdown;
using GoOverview.Model;
using GoOverview.Model.Diagnostics;

namespace GoOverview.Bench;

internal static class CodeSplitExperiment
{
    public static void Run(string path, int copies, int runs)
    {
        var source = File.ReadAllText(path);
        using var fonts = FontLibrary.LoadBundled();
        var text = string.Concat(Enumerable.Repeat(source[(source.IndexOf("\n---\n", 4, StringComparison.Ordinal) + 5)..], copies));
        var document = MarkdownReader.Read(text, "code.md", null, new DiagnosticBag());
        var blocks = DocumentWalker.AllBlocks(document).OfType<CodeBlock>().ToList();
        foreach (var format in OutputFormats.Default.Where(f => Environment.GetEnvironmentVariable("SPLIT_FORMAT") is not { } only || only == f))
        {
            double Time(bool on)
            {
                var times = new List<double>();
                for (var i = 0; i <= runs; i++)
                {
                    using var context = ExportContext.For(document, new DiagnosticBag(), fonts, highlight: on ? HighlightOptions.Default : new HighlightOptions(Enabled: false));
                    foreach (var b in blocks) context.Code.Highlight(b);
                    var clock = Stopwatch.StartNew();
                    using var output = new MemoryStream();
                    GoOverview.Writers.Create(format, GoOverview.ExportOptions.Default).Write(document, output, context);
                    if (i > 0) times.Add(clock.Elapsed.TotalMilliseconds);
                }
                times.Sort();
                return times[times.Count / 2];
            }
            var off = Time(false); var onT = Time(true); var off2 = Time(false); var on2 = Time(true);
            Console.WriteLine($"{format,-5} x{copies}: plain {off,7:0.0}/{off2,7:0.0} ms, highlighted (pre-tokenized) {onT,7:0.0}/{on2,7:0.0} ms");
        }
    }
}
