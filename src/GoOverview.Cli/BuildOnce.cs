using GoOverview.Fonts;
using GoOverview.Model.Diagnostics;

namespace GoOverview.Cli;

/// <summary>Runs one build, prints its diagnostics and summary, and decides the exit code.</summary>
public static class BuildOnce
{
    public static int Run(BuildSettings settings, FontLibrary? sharedFonts = null)
    {
        var diagnostics = new DiagnosticBag();
        diagnostics.Reported += d => Console.Error.WriteLine(d.ToString());
        IReadOnlyList<FormatResult> results;
        var runner = new BuildRunner(settings, diagnostics);
        try
        {
            results = runner.Run(sharedFonts);
        }
        catch (ContentException e)
        {
            diagnostics.Error("content", e.Message, e.Location);
            return ExitCodes.ContentError;
        }
        if (!settings.Quiet) Summary.Print(results, runner.ReadElapsed, Console.Out);
        return ExitCodeFor(results, diagnostics, settings.Strict);
    }

    public static int ExitCodeFor(IReadOnlyList<FormatResult> results, DiagnosticBag diagnostics, bool strict)
    {
        if (results.Any(r => !r.Succeeded) || diagnostics.HasErrors) return ExitCodes.ContentError;
        if (strict && diagnostics.HasWarnings)
        {
            Console.Error.WriteLine("error: warnings are errors under --strict");
            return ExitCodes.ContentError;
        }
        return ExitCodes.Ok;
    }
}

/// <summary>The end-of-build table: format, file, size, time.</summary>
public static class Summary
{
    public static void Print(IReadOnlyList<FormatResult> results, TimeSpan readElapsed, TextWriter output)
    {
        output.WriteLine($"read     {readElapsed.TotalMilliseconds,7:0} ms");
        foreach (var r in results)
        {
            var shown = Path.GetRelativePath(Environment.CurrentDirectory, r.Path);
            output.WriteLine(r.Succeeded
                ? $"{r.Format,-6} {r.Elapsed.TotalMilliseconds,7:0} ms  {FormatSize(r.Bytes),9}  {shown}"
                : $"{r.Format,-6} {r.Elapsed.TotalMilliseconds,7:0} ms  {"FAILED",9}  {r.Failure}");
        }
    }

    public static string FormatSize(long bytes) =>
        bytes >= 1024 * 1024 ? $"{bytes / (1024.0 * 1024):0.0} MB" : $"{bytes / 1024.0:0.0} KB";
}
