using System.CommandLine;
using System.CommandLine.Invocation;
using System.Runtime.InteropServices;

namespace GoOverview.Cli;

public static class Program
{
    public static int Main(string[] args)
    {
        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
        try
        {
            var root = new RootCommand("GoOverview — Chinese Markdown to PDF handout, Word, EPUB and slides")
            {
                new BuildCommand().Create(),
            };
            // No "@file" response files: System.CommandLine would read any path given (a FIFO, /dev/zero) outside the file gate.
            var parse = root.Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = null });
            if (parse.Errors.Count > 0)
            {
                // System.CommandLine's own report: the errors and "did you mean" corrections for typos, all on stderr.
                if (parse.Action is ParseErrorAction report)
                {
                    report.ShowHelp = false;
                    // A mistyped option already carries its own "did you mean"; the value after it would only add noise.
                    report.ShowTypoCorrections = !parse.Errors.Any(e => e.Message.StartsWith(OptionSpelling.UnknownOption, StringComparison.Ordinal));
                }
                parse.Invoke(new InvocationConfiguration { Output = Console.Error, Error = Console.Error, EnableDefaultExceptionHandler = false });
                Console.Error.WriteLine("usage: gooverview build [INPUT.md|-] [-t FORMATS] [-o DIR/|FILE|-] [options]   (gooverview build --help)");
                return ExitCodes.BadUsage;
            }
            return parse.Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false, ProcessTerminationTimeout = null });
        }
        catch (Exception e)
        {
            // A bug must not show the user a stack trace; one line that can be pasted into a report.
            Console.Error.WriteLine($"internal error: {e.GetType().Name}: {OneLine(e.Message)}; please report it");
            return ExitCodes.ContentError;
        }
    }

    /// <summary>Ctrl+C or SIGTERM: remove the temporary files being written, then exit as a shell expects (128 + signal).</summary>
    private static void Stop(PosixSignalContext context)
    {
        context.Cancel = true;
        AtomicFile.DeleteInFlight();
        Console.Error.WriteLine(context.Signal == PosixSignal.SIGINT ? "interrupted" : "terminated");
        Environment.Exit(context.Signal == PosixSignal.SIGINT ? ExitCodes.Interrupted : ExitCodes.Terminated);
    }

    private static string OneLine(string message) => message.ReplaceLineEndings(" ").Trim();
}
