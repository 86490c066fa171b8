using GoOverview.TestSupport;

namespace GoOverview.Cli.Tests;

/// <summary>Runs the real `gooverview` program (the built dll beside the tests) as a separate process.</summary>
internal static class CliRunner
{
    public static ExternalTool.Result Run(string workingDirectory, params string[] arguments) =>
        RunWithInput(workingDirectory, null, arguments);

    /// <summary>Runs it with <paramref name="standardInput"/> piped in (null: an empty, closed standard input).</summary>
    public static ExternalTool.Result RunWithInput(string workingDirectory, byte[]? standardInput, params string[] arguments)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "gooverview.dll");
        return ExternalTool.Run("dotnet", [dll, .. arguments], TimeSpan.FromMinutes(3), workingDirectory, standardInput: standardInput);
    }
}
