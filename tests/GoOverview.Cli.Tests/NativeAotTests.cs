using GoOverview.TestSupport;
using Xunit;

namespace GoOverview.Cli.Tests;

/// <summary>
/// The native-AOT executable (the shipped fast path) writes the same bytes as the JIT build (the dll these tests
/// run), for every format on the seed and on test documents that reach math, raw HTML, images and English text.
/// The AOT publish takes minutes, so the tests do not make it: GOOVERVIEW_AOT_EXE names the published executable.
/// .ci/run publishes it once (`build.ps1 publish`) and exports the variable for all its test runs; without it the
/// tests are skipped (they run wherever the variable is set, and fail if it names no executable).
/// </summary>
public sealed class NativeAotTests
{
    private const string AotExeVariable = "GOOVERVIEW_AOT_EXE";
    private static readonly string[] AllFormats = ["pdf", "docx", "epub", "pptx", "slides-pdf", "json"];

    [AotFact]
    public void Seed_gives_the_same_bytes_in_every_format()
    {
        AssertSameOutputs(null, ["build", "--sample", "--to", string.Join(',', AllFormats), "-o", "out"]);
    }

    [AotTheory]
    [InlineData("math", "formulas.md")]
    [InlineData("raw-html", "raw-html.md")]
    [InlineData("localisation", "english.md")]
    public void Test_document_gives_the_same_bytes_in_every_format(string folder, string name)
    {
        AssertSameOutputs(Path.Combine(TestFiles.RepoRoot, "tests", "test-data", folder),
            ["build", name, "--to", string.Join(',', AllFormats), "-o", "out"]);
    }

    [AotFact]
    public void Help_and_a_usage_error_read_the_same()
    {
        var jit = BuildBoth(null, ["--help"], out var aot);
        Assert.Equal(0, aot.ExitCode);
        Assert.Equal(jit.StdOut, aot.StdOut);
        jit = BuildBoth(null, ["build", "missing.md", "--to", "pdf"], out aot);
        Assert.NotEqual(0, aot.ExitCode);
        Assert.Equal(jit.ExitCode, aot.ExitCode);
        Assert.Equal(jit.StdErr, aot.StdErr);
    }

    /// <summary>Runs the JIT dll and the AOT executable on a copy of <paramref name="sourceFolder"/> each; every output file must match.</summary>
    private static void AssertSameOutputs(string? sourceFolder, string[] arguments)
    {
        var jit = BuildBoth(sourceFolder, arguments, out var aot, out var jitDir, out var aotDir);
        Assert.True(jit.ExitCode == 0, "JIT: " + jit);
        Assert.True(aot.ExitCode == 0, "AOT: " + aot);
        Assert.Equal(jit.StdErr.Replace(jitDir, "DIR"), aot.StdErr.Replace(aotDir, "DIR"));
        var jitFiles = OutputFiles(jitDir);
        Assert.Equal(AllFormats.Length, jitFiles.Length);
        Assert.Equal(jitFiles, OutputFiles(aotDir));
        foreach (var file in jitFiles)
        {
            var expected = File.ReadAllBytes(Path.Combine(jitDir, "out", file));
            var actual = File.ReadAllBytes(Path.Combine(aotDir, "out", file));
            Assert.True(expected.AsSpan().SequenceEqual(actual),
                $"{file}: the AOT build wrote {actual.Length} bytes, the JIT build {expected.Length}, and they differ");
        }
    }

    private static string[] OutputFiles(string dir) =>
        Directory.GetFiles(Path.Combine(dir, "out")).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal).ToArray();

    private static ExternalTool.Result BuildBoth(string? sourceFolder, string[] arguments, out ExternalTool.Result aot) =>
        BuildBoth(sourceFolder, arguments, out aot, out _, out _);

    private static ExternalTool.Result BuildBoth(string? sourceFolder, string[] arguments, out ExternalTool.Result aot, out string jitDir, out string aotDir)
    {
        jitDir = CopyOf(sourceFolder);
        aotDir = CopyOf(sourceFolder);
        var dll = Path.Combine(AppContext.BaseDirectory, "gooverview.dll");
        // a fixed timestamp, and a cache folder of each build's own: both compute every subset and highlight
        var jit = ExternalTool.Run("dotnet", [dll, .. arguments], TimeSpan.FromMinutes(3), jitDir, Environment(jitDir));
        aot = ExternalTool.Run(AotExe(), arguments, TimeSpan.FromMinutes(3), aotDir, Environment(aotDir));
        return jit;
    }

    private static Dictionary<string, string> Environment(string dir) => new()
    {
        ["SOURCE_DATE_EPOCH"] = "1764547200",
        ["GOOVERVIEW_CACHE_DIR"] = Path.Combine(dir, "cache"),
    };

    private static string CopyOf(string? sourceFolder)
    {
        var dir = TestFiles.NewTempDirectory("gooverview-aot");
        if (sourceFolder is not null)
            foreach (var file in Directory.GetFiles(sourceFolder))
                File.Copy(file, Path.Combine(dir, Path.GetFileName(file)));
        return dir;
    }

    private static string AotExe()
    {
        var exe = System.Environment.GetEnvironmentVariable(AotExeVariable)!;
        Assert.True(File.Exists(exe), $"{AotExeVariable}={exe} names no file: publish it with `build.ps1 publish`");
        return Path.GetFullPath(exe);
    }

    internal static string? SkipReason =>
        string.IsNullOrEmpty(System.Environment.GetEnvironmentVariable(AotExeVariable))
            ? $"{AotExeVariable} is not set (the native-AOT publish takes minutes; .ci/run makes it and sets the variable)"
            : null;
}

/// <summary>A fact that needs the published native-AOT executable (<see cref="NativeAotTests"/>).</summary>
public sealed class AotFactAttribute : FactAttribute
{
    public AotFactAttribute() => Skip = NativeAotTests.SkipReason;
}

/// <summary>A theory that needs the published native-AOT executable (<see cref="NativeAotTests"/>).</summary>
public sealed class AotTheoryAttribute : TheoryAttribute
{
    public AotTheoryAttribute() => Skip = NativeAotTests.SkipReason;
}
