using System.Diagnostics;
using GoOverview.TestSupport;
using Xunit;

namespace GoOverview.Cli.Tests;

/// <summary>Temporary output files never outlive the build: removed on SIGTERM, and removed as stale by the next
/// run when their process died (kill -9); files of any other naming are left alone.</summary>
public sealed class TempFileTests
{
    [Theory]
    [InlineData("-TERM", 143)]
    [InlineData("-INT", 130)]
    public async Task A_signal_during_a_build_removes_the_temporary_files_and_exits_128_plus_the_signal(string signal, int exitCode)
    {
        var dir = TestFiles.NewTempDirectory();
        var seed = File.ReadAllText(TestFiles.SeedPath);
        File.WriteAllText(Path.Combine(dir, "big.md"), string.Concat(Enumerable.Repeat(seed, 40)));
        var outDir = Path.Combine(dir, "out");
        var psi = new ProcessStartInfo("dotnet") { WorkingDirectory = dir, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { Path.Combine(AppContext.BaseDirectory, "gooverview.dll"), "build", "big.md", "--to", "all,slides-pdf" })
            psi.ArgumentList.Add(a);
        using var process = Process.Start(psi)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEndAsync();
        try
        {
            Assert.True(WaitFor(() => Directory.Exists(outDir) && Directory.GetFiles(outDir, "*.tmp").Length > 0, process),
                "no temporary file appeared while the build ran");
            // The build must still be running: once it is reaped its pid may belong to another process.
            Assert.False(process.HasExited, "the build ended before it could be stopped");
            Assert.Equal(0, ExternalTool.Run("kill", [signal, process.Id.ToString()]).ExitCode);
            Assert.True(process.WaitForExit(TimeSpan.FromSeconds(30)), "the build did not stop on " + signal);
        }
        finally
        {
            if (!process.HasExited) process.Kill(entireProcessTree: true);
        }

        var (output, errors) = (await stdout, await stderr);
        Assert.True(process.ExitCode == exitCode, $"exit {process.ExitCode}\n{output}\n{errors}");
        Assert.DoesNotContain("   at ", errors);
        Assert.Empty(Directory.GetFiles(outDir, "*.tmp"));
    }

    [Fact]
    public void The_next_run_removes_stale_temporary_files_of_dead_processes_and_leaves_others_alone()
    {
        var dir = TestFiles.NewTempDirectory();
        File.WriteAllText(Path.Combine(dir, "doc.md"), "# 标题\n");
        var outDir = Directory.CreateDirectory(Path.Combine(dir, "out")).FullName;
        var dead = DeadProcessId();
        var stale = Path.Combine(outDir, StaleTempFiles.NameFor("doc.pdf", dead));
        var recent = Path.Combine(outDir, StaleTempFiles.NameFor("doc.docx", dead));
        var live = Path.Combine(outDir, StaleTempFiles.NameFor("doc.pdf", Environment.ProcessId));
        var foreign = Path.Combine(outDir, ".x.tmp");
        foreach (var file in new[] { stale, recent, live, foreign }) File.WriteAllText(file, "half");
        foreach (var file in new[] { stale, live, foreign }) File.SetLastWriteTimeUtc(file, DateTime.UtcNow.AddHours(-1));

        var result = CliRunner.Run(dir, "build", "doc.md", "--to", "json");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.False(File.Exists(stale), "the stale temporary file of a dead process was not removed");
        Assert.True(File.Exists(live), "a temporary file of a running process was removed");
        Assert.True(File.Exists(recent), "a recently written file was removed (its pid may live in another pid namespace)");
        Assert.True(File.Exists(foreign), "a file not of our naming was removed");
    }

    /// <summary>The id of a process that has just exited (so no process has it, barring a reuse in the next moment).</summary>
    private static int DeadProcessId()
    {
        using var process = Process.Start(new ProcessStartInfo("true") { UseShellExecute = false })!;
        process.WaitForExit();
        return process.Id;
    }

    private static bool WaitFor(Func<bool> condition, Process process)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(60) && !process.HasExited)
        {
            if (condition()) return true;
            Thread.Sleep(20);
        }
        return false;
    }
}
