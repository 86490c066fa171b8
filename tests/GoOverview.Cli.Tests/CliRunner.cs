using GoOverview.TestSupport;

namespace GoOverview.Cli.Tests;

/// <summary>Runs the real `gooverview` program (the built dll beside the tests) as a separate process.</summary>
internal static class CliRunner
{
    public static ExternalTool.Result Run(string workingDirectory, params string[] arguments) =>
        RunWithInput(workingDirectory, null, arguments);

    /// <summary>
    /// Copies a test document (a path below tests/) into a fresh folder and builds <paramref name="formats"/> into its
    /// out/ folder; fails the test unless the build exits 0.
    /// </summary>
    public static (string OutDir, ExternalTool.Result Result) BuildTestDocument(string[] pathBelowTests, params string[] formats)
    {
        var dir = TestFiles.NewTempDirectory("gooverview-doc");
        var name = pathBelowTests[^1];
        File.Copy(Path.Combine([TestFiles.RepoRoot, "tests", .. pathBelowTests]), Path.Combine(dir, name));
        var result = Run(dir, "build", name, "--to", string.Join(',', formats), "-o", "out");
        Xunit.Assert.True(result.ExitCode == 0, result.ToString());
        return (Path.Combine(dir, "out"), result);
    }

    /// <summary>Runs it with <paramref name="standardInput"/> piped in (null: an empty, closed standard input).</summary>
    public static ExternalTool.Result RunWithInput(string workingDirectory, byte[]? standardInput, params string[] arguments)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "gooverview.dll");
        return ExternalTool.Run("dotnet", [dll, .. arguments], TimeSpan.FromMinutes(3), workingDirectory, standardInput: standardInput);
    }
}
