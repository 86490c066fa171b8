using GoOverview.TestSupport;

namespace GoOverview.Cli.Tests;

/// <summary>Runs the real `gooverview` program (the built dll beside the tests) as a separate process.</summary>
internal static class CliRunner
{
    public static ExternalTool.Result Run(string workingDirectory, params string[] arguments)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "gooverview.dll");
        return ExternalTool.Run("dotnet", [dll, .. arguments], TimeSpan.FromMinutes(3), workingDirectory);
    }
}
