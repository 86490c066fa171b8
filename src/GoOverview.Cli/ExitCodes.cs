namespace GoOverview.Cli;

public static class ExitCodes
{
    public const int Ok = 0;

    /// <summary>The content has errors (or warnings under --strict), or a writer could not produce its output.</summary>
    public const int ContentError = 1;

    /// <summary>The command line is wrong: unknown option or format, missing input file, bad value.</summary>
    public const int BadUsage = 2;
}

/// <summary>A command-line mistake; the CLI prints the message and exits with <see cref="ExitCodes.BadUsage"/>.</summary>
public sealed class UsageException(string message) : Exception(message);
