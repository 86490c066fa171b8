using System.Globalization;

namespace GoOverview.Bench;

/// <summary>
/// --big: each large input shape at two scales, one cold CLI run per format, with wall time and peak RSS. The
/// difference between the scales over the difference in input size gives the linear constants (ms and MB of peak
/// memory per MB of input); a super-linear spot shows as x2 costing much more than twice the growth of x1.
/// </summary>
internal static class BigInputBench
{
    private static readonly string[] Formats = ["json", "pdf", "docx", "epub", "pptx", "slides-pdf"];

    public static void Run(BenchOptions options)
    {
        var cli = options.CliPath ?? ColdProcessBench.FindPublishedCli() ?? BuiltCli();
        Console.WriteLine("\n## Big inputs (one cold run per format; slope = growth from x1 to x2 per MB of input added)");
        if (cli is null)
        {
            Console.WriteLine("CLI not found: build src/GoOverview.Cli -c Release or pass --cli PATH");
            return;
        }
        var work = Path.Combine(Path.GetTempPath(), "gooverview-bench-big");
        Console.WriteLine($"{"shape",-10} {"format",-10} {"x1 MB",7} {"x1 s",7} {"x1 peak",8} {"x2 MB",7} {"x2 s",7} {"x2 peak",8} {"ms/MB",8} {"MB/MB",7}");
        foreach (var shape in BigInputs.Shapes)
        {
            var small = BigInputs.Write(work, shape, 1);
            var large = BigInputs.Write(work, shape, 2);
            double smallMb = Megabytes(small), largeMb = Megabytes(large);
            foreach (var format in Formats)
            {
                var a = Build(cli, small, format, work);
                var b = Build(cli, large, format, work);
                var grown = largeMb - smallMb;
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{shape,-10} {format,-10} {smallMb,7:0.00} {a.Seconds,7:0.00} {a.PeakMb,8} {largeMb,7:0.00} {b.Seconds,7:0.00} {b.PeakMb,8} {1000 * (b.Seconds - a.Seconds) / grown,8:0} {(b.PeakMb - a.PeakMb) / grown,7:0}"));
            }
        }
    }

    private static (double Seconds, long PeakMb) Build(string cli, string input, string format, string work)
    {
        var output = Path.Combine(work, "out-" + format);
        string[] arguments = ["build", input, "--to", format, "-o", output, "--quiet"];
        return cli.EndsWith(".dll", StringComparison.Ordinal)
            ? ColdProcessBench.Time(1, "dotnet", [cli, .. arguments])
            : ColdProcessBench.Time(1, cli, arguments);
    }

    private static double Megabytes(string path) => new FileInfo(path).Length / (1024.0 * 1024.0);

    /// <summary>The Release build of the CLI in this checkout, when there is no published one.</summary>
    private static string? BuiltCli()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "src", "GoOverview.Cli", "bin", "Release", "net10.0", "gooverview.dll");
            if (File.Exists(candidate)) return candidate;
        }
        return null;
    }
}
