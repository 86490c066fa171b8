using GoOverview.Fonts;
using GoOverview.Model;
using GoOverview.Model.Diagnostics;
using GoOverview.Model.Files;
using Spectre.Console;

namespace GoOverview.Cli;

/// <summary>Runs one build, prints its diagnostics and summary, and decides the exit code.</summary>
public static class BuildOnce
{
    /// <summary>Sources at least this large get a live progress line when the console is a terminal.</summary>
    private const long ProgressThresholdBytes = 256 * 1024;

    /// <param name="read">Called with the document once it is read (the watch loop learns which images to watch).</param>
    public static int Run(BuildSettings settings, FontLibrary? sharedFonts = null, Action<Document>? read = null)
    {
        var diagnostics = new DiagnosticBag();
        var showProgress = WantsProgress(settings);
        if (!showProgress) diagnostics.Reported += d => Console.Error.WriteLine(d.ToString());
        IReadOnlyList<FormatResult> results;
        BuildRunner? runner = null;
        try
        {
            if (showProgress)
            {
                results = [];
                AnsiConsole.Status().Start("building", status =>
                {
                    runner = new BuildRunner(settings, diagnostics, message => status.Status(Markup.Escape(message))) { Read = read };
                    results = runner.Run(sharedFonts);
                });
                foreach (var d in diagnostics.Items) Console.Error.WriteLine(d.ToString());
            }
            else
            {
                runner = new BuildRunner(settings, diagnostics) { Read = read };
                results = runner.Run(sharedFonts);
            }
        }
        catch (ContentException e)
        {
            if (showProgress)
            {
                // Without progress, diagnostics are printed as they are reported (the handler above): subscribe once.
                foreach (var d in diagnostics.Items) Console.Error.WriteLine(d.ToString());
                diagnostics.Reported += d => Console.Error.WriteLine(d.ToString());
            }
            diagnostics.Error("content", e.Message, e.Location);
            return ExitCodes.ContentError;
        }
        // With -o - standard output carries the document itself: the summary goes to standard error.
        if (!settings.Quiet) Summary.Print(results, runner!.ReadElapsed, settings.Output is OutputTarget.StandardOutput ? Console.Error : Console.Out);
        return ExitCodeFor(results, diagnostics, settings.Strict);
    }

    private static bool WantsProgress(BuildSettings settings)
    {
        if (settings.Quiet || Console.IsOutputRedirected || Console.IsErrorRedirected || settings.InputPath is null) return false;
        var file = new FileInfo(settings.InputPath);
        return FileGate.Kind(file.FullName) == FileKind.Regular && file.Length >= ProgressThresholdBytes;
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
        output.WriteLine($"read         {readElapsed.TotalMilliseconds,7:0} ms");
        foreach (var r in results)
        {
            var shown = Path.GetRelativePath(Environment.CurrentDirectory, r.Path);
            output.WriteLine(r.Succeeded
                ? $"{r.Format,-10} {r.Elapsed.TotalMilliseconds,7:0} ms  {FormatSize(r.Bytes),9}  {shown}"
                : $"{r.Format,-10} {r.Elapsed.TotalMilliseconds,7:0} ms  {"FAILED",9}  {r.Failure}");
        }
    }

    public static string FormatSize(long bytes) =>
        bytes >= 1024 * 1024 ? $"{bytes / (1024.0 * 1024):0.0} MB" : $"{bytes / 1024.0:0.0} KB";
}
