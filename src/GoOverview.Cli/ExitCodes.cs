namespace GoOverview.Cli;

public static class ExitCodes
{
    public const int Ok = 0;

    /// <summary>The content has errors (or warnings under --strict), a writer could not produce its output,
    /// or an internal error (printed as one line, never a stack trace).</summary>
    public const int ContentError = 1;

    /// <summary>The command line is wrong: unknown option or format, missing input file, bad value.</summary>
    public const int BadUsage = 2;

    /// <summary>Stopped by Ctrl+C (SIGINT, 128 + 2); temporary files in flight are removed, previous outputs kept.</summary>
    public const int Interrupted = 130;

    /// <summary>Stopped by SIGTERM (128 + 15); temporary files in flight are removed, previous outputs kept.</summary>
    public const int Terminated = 143;
}

/// <summary>A command-line mistake; the CLI prints the message and exits with <see cref="ExitCodes.BadUsage"/>.</summary>
public sealed class UsageException(string message) : Exception(message);
