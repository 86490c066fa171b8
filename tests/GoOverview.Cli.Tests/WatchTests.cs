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

    [Fact]
    public void Watch_survives_a_missing_source_and_rebuilds_when_it_comes_back()
    {
        var dir = TestFiles.NewTempDirectory();
        var source = Path.Combine(dir, "doc.md");
        var output = Path.Combine(dir, "out", "doc.json");
        File.WriteAllText(source, "# 第一版\n");
        using var watch = WatchProcess.Start(dir, "build", "doc.md", "--to", "json", "--watch");
        Assert.True(WaitFor(() => watch.StdErr.Contains("watching")), "watch did not start\n" + watch);

        File.Delete(source);
        Thread.Sleep(200);
        File.WriteAllText(Path.Combine(dir, "other.txt"), "another file changes meanwhile");
        Assert.True(WaitFor(() => watch.StdErr.Contains("is missing")), "no warning about the missing source\n" + watch);
        Thread.Sleep(500);
        Assert.False(watch.Process.HasExited, "watch ended when the source went missing\n" + watch);

        File.WriteAllText(source, "# 第二版\n");
        Assert.True(WaitFor(() => File.ReadAllText(output).Contains("第二版")), "the returning source was not rebuilt\n" + watch);
    }

    [Fact]
    public void Watch_ignores_its_own_outputs_and_its_log_in_the_watched_folder()
    {
        var dir = TestFiles.NewTempDirectory();
        var source = Path.Combine(dir, "doc.md");
        var log = Path.Combine(dir, "watch.log");
        File.WriteAllText(source, "# 第一版\n");
        var dll = Path.Combine(AppContext.BaseDirectory, "gooverview.dll");
        using var watch = WatchProcess.Start(dir, "/bin/sh", "-c", $"exec dotnet '{dll}' build doc.md --to json,docx --watch -o . > watch.log 2>&1");
        Assert.True(WaitFor(() => File.Exists(log) && File.ReadAllText(log).Contains("watching")), "watch did not start");

        File.WriteAllText(source, "# 第二版\n");
        Assert.True(WaitFor(() => File.ReadAllText(Path.Combine(dir, "doc.json")).Contains("第二版")), "the edit was not rebuilt");
        Thread.Sleep(3000);

        var rebuilds = File.ReadAllLines(log).Count(l => l.Contains("change detected", StringComparison.Ordinal));
        Assert.True(rebuilds == 1, $"{rebuilds} rebuilds for one edit:\n{File.ReadAllText(log)}");
    }

    [Theory]
    [InlineData(".")]
    [InlineData("doc")]
    public void Watch_rebuilds_with_the_output_in_the_source_folder_or_named_like_the_source(string outputFolder)
    {
        var dir = TestFiles.NewTempDirectory();
        var source = Path.Combine(dir, "doc.md");
        var output = Path.Combine(dir, outputFolder, "doc.json");
        File.WriteAllText(source, "# 第一版\n");
        using var watch = WatchProcess.Start(dir, "build", "doc.md", "--to", "json", "--watch", "-o", outputFolder);
        Assert.True(WaitFor(() => File.Exists(output) && File.ReadAllText(output).Contains("第一版")), "first build did not happen\n" + watch);
        Thread.Sleep(300);

        File.WriteAllText(source, "# 第二版\n");

        Assert.True(WaitFor(() => File.ReadAllText(output).Contains("第二版")), "the edit was not rebuilt\n" + watch);
    }

    [Fact]
    public void Watch_rebuilds_when_an_image_the_document_shows_changes()
    {
        var dir = TestFiles.NewTempDirectory();
        Directory.CreateDirectory(Path.Combine(dir, "img"));
        File.WriteAllBytes(Path.Combine(dir, "img", "a.png"), Png1x1);
        File.WriteAllText(Path.Combine(dir, "doc.md"), "# 标题\n\n![图](img/a.png)\n");
        using var watch = WatchProcess.Start(dir, "build", "doc.md", "--to", "json", "--watch");
        Assert.True(WaitFor(() => watch.StdErr.Contains("watching")), "watch did not start\n" + watch);
        Thread.Sleep(300);

        File.WriteAllBytes(Path.Combine(dir, "img", "a.png"), Png1x1);

        Assert.True(WaitFor(() => watch.StdErr.Contains("change detected")), "the image change was not rebuilt\n" + watch);
    }

    private static readonly byte[] Png1x1 = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4z8AAAAMBAQDJ/pLvAAAAAElFTkSuQmCC");

    /// <summary>A running `build --watch` (or a shell around it) whose output is collected; killed on dispose.</summary>
    private sealed class WatchProcess : IDisposable
    {
        private readonly System.Text.StringBuilder _stdout = new();
        private readonly System.Text.StringBuilder _stderr = new();

        private WatchProcess(Process process) => Process = process;

        public Process Process { get; }

        public string StdErr
        {
            get
            {
                lock (_stderr) return _stderr.ToString();
            }
        }

        public static WatchProcess Start(string dir, params string[] arguments)
        {
            var isShell = arguments[0] == "/bin/sh";
            var psi = new ProcessStartInfo(isShell ? arguments[0] : "dotnet") { WorkingDirectory = dir, RedirectStandardOutput = true, RedirectStandardError = true };
            if (!isShell) psi.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "gooverview.dll"));
            foreach (var a in isShell ? arguments[1..] : arguments) psi.ArgumentList.Add(a);
            var watch = new WatchProcess(Process.Start(psi)!);
            watch.Process.OutputDataReceived += (_, e) => { lock (watch._stdout) watch._stdout.AppendLine(e.Data); };
            watch.Process.ErrorDataReceived += (_, e) => { lock (watch._stderr) watch._stderr.AppendLine(e.Data); };
            watch.Process.BeginOutputReadLine();
            watch.Process.BeginErrorReadLine();
            return watch;
        }

        public override string ToString()
        {
            lock (_stdout) lock (_stderr) return $"--- stdout ---\n{_stdout}\n--- stderr ---\n{_stderr}";
        }

        public void Dispose()
        {
            if (!Process.HasExited) Process.Kill(entireProcessTree: true);
            Process.Dispose();
        }
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
