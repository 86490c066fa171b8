namespace GoOverview.Bench;

/// <summary>
/// Command line of the harness: [--inproc] [--cold] [--watch] [--big] [--book] [--code] [--runs N] [--cli PATH]
/// [--sizes 1,10,100] [--startup] [--aot PATH] [--typst PATH]. --big, --book, --code and --startup run only when asked.
/// --typst names the Typst-based Markdown → PDF CLI that --startup compares the PDF with (default: mdxport on PATH;
/// `npm install @mdxport/cli` puts it in node_modules/.bin).
/// </summary>
internal sealed record BenchOptions(bool InProcess, bool Cold, bool Watch, bool Big, int Runs, string? CliPath, int[] Sizes, bool Code = false,
    bool Book = false, bool Startup = false, string? AotPath = null, string? TypstCliPath = null)
{
    public static BenchOptions Parse(string[] args)
    {
        bool inproc = args.Contains("--inproc"), cold = args.Contains("--cold"), watch = args.Contains("--watch"), big = args.Contains("--big"),
            code = args.Contains("--code"), book = args.Contains("--book"), startup = args.Contains("--startup");
        if (!inproc && !cold && !watch && !big && !code && !book && !startup && !args.Contains("--split")) inproc = cold = watch = true;
        var runs = int.TryParse(Value(args, "--runs"), out var r) ? r : 5;
        var sizes = (Value(args, "--sizes") ?? "1,10,100").Split(',').Select(int.Parse).ToArray();
        return new BenchOptions(inproc, cold, watch, big, runs, Value(args, "--cli"), sizes, code, book, startup, Value(args, "--aot"), Value(args, "--typst"));
    }

    private static string? Value(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }
}
