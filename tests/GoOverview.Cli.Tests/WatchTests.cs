using System.Diagnostics;
using GoOverview.TestSupport;
using Xunit;

namespace GoOverview.Cli.Tests;

public sealed class WatchTests
{
    [Fact]
    public void Watch_rebuilds_when_the_source_changes()
    {
        var dir = TestFiles.NewTempDirectory();
        var source = Path.Combine(dir, "doc.md");
        var output = Path.Combine(dir, "out", "doc.json");
        File.WriteAllText(source, "# 第一版\n");
        var psi = new ProcessStartInfo("dotnet") { WorkingDirectory = dir, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { Path.Combine(AppContext.BaseDirectory, "gooverview.dll"), "build", "doc.md", "--to", "json", "--watch" })
            psi.ArgumentList.Add(a);
        ExternalTool.MakeHermetic(psi);
        using var process = Process.Start(psi)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            Assert.True(WaitFor(() => File.Exists(output) && File.ReadAllText(output).Contains("第一版")), "first build did not happen");
            Thread.Sleep(300);
            File.WriteAllText(source, "# 第二版\n");
            Assert.True(WaitFor(() => File.ReadAllText(output).Contains("第二版")), "the edit was not rebuilt");
        }
        finally
        {
            process.Kill(entireProcessTree: true);
        }
    }

    [Fact]
    public void Watch_without_an_input_file_is_bad_usage()
    {
        var result = CliRunner.Run(TestFiles.NewTempDirectory(), "build", "--watch", "--to", "json");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--watch needs an INPUT file", result.StdErr);
    }

    private static bool WaitFor(Func<bool> condition)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(30))
        {
            try
            {
                if (condition()) return true;
            }
            catch (IOException)
            {
            }
            Thread.Sleep(50);
        }
        return false;
    }
}
