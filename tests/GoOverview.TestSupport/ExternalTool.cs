using System.Diagnostics;
using Xunit;

namespace GoOverview.TestSupport;

/// <summary>
/// External programs the tests use as independent readers (pdftotext, qpdf, epubcheck, soffice, pandoc…).
/// Locally a missing tool skips the test; with CI=true it fails, so CI cannot pass without them.
/// </summary>
public static class ExternalTool
{
    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Full path of a program on PATH, or null.</summary>
    public static string? Find(string name)
    {
        var path = Environment.GetEnvironmentVariable("PATH") ?? "";
        foreach (var dir in path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = Path.Combine(dir, name);
            if (File.Exists(candidate)) return candidate;
        }
        return null;
    }

    public sealed record Result(int ExitCode, string StdOut, string StdErr)
    {
        /// <summary>The process's peak resident memory (Linux VmHWM, sampled while it ran; 0 where /proc is missing).</summary>
        public long PeakMemoryBytes { get; init; }

        /// <summary>Standard output as bytes (a binary document written with -o -).</summary>
        public byte[] StdOutBytes { get; init; } = [];

        public override string ToString() => $"exit {ExitCode}\n--- stdout ---\n{StdOut}\n--- stderr ---\n{StdErr}";
    }

    /// <summary>
    /// Environment variables of the developer's shell that would change what a started program does, and are
    /// therefore removed (a test that needs one passes it explicitly).
    /// </summary>
    private static readonly string[] Inherited =
    [
        "SOURCE_DATE_EPOCH", "LANGUAGE", "LC_CTYPE", "LC_MESSAGES", "LC_NUMERIC", "LC_TIME", "LC_COLLATE",
        "FONTCONFIG_FILE", "FONTCONFIG_PATH", "FONTCONFIG_SYSROOT", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_DATA_HOME",
        "XDG_CONFIG_DIRS", "XDG_DATA_DIRS", "SAL_USE_VCLPLUGIN", "GOOVERVIEW_TIMINGS", "GOOVERVIEW_WRITE_REFERENCE_DOCX",
        "GOOVERVIEW_CACHE_DIR", "GOOVERVIEW_NO_CACHE",
    ];

    /// <summary>A private empty HOME for the programs the tests start (no ~/.fonts, ~/.pandoc, ~/.config of the developer).</summary>
    private static readonly Lazy<string> PrivateHome = new(() =>
    {
        var home = TestFiles.NewTempDirectory("gooverview-home");
        // Programs write caches there (dotnet, LibreOffice profiles): remove it with the test process.
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try { Directory.Delete(home, recursive: true); }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException) { /* a program still holds a file */ }
        };
        return home;
    });

    /// <summary>
    /// The fixed environment every program started by a test gets: the C.UTF-8 locale, UTC, a private HOME, no
    /// SOURCE_DATE_EPOCH and no fontconfig or XDG overrides from the developer's shell; then <paramref name="environment"/>.
    /// </summary>
    public static void MakeHermetic(ProcessStartInfo psi, IDictionary<string, string>? environment = null)
    {
        foreach (var name in Inherited) psi.Environment.Remove(name);
        psi.Environment["LANG"] = "C.UTF-8";
        psi.Environment["LC_ALL"] = "C.UTF-8";
        psi.Environment["TZ"] = "UTC";
        psi.Environment["HOME"] = PrivateHome.Value;
        if (environment is not null)
            foreach (var kv in environment) psi.Environment[kv.Key] = kv.Value;
    }

    /// <summary>VmHWM of a running process: the most memory it has held so far.</summary>
    private static long PeakResidentBytes(int pid)
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{pid}/status"))
            {
                if (!line.StartsWith("VmHWM:", StringComparison.Ordinal)) continue;
                return long.Parse(line[6..].Trim().Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture) * 1024;
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException)
        {
            // the process has just exited, or this is not Linux
        }
        return 0;
    }

    /// <summary>Runs a tool and waits (fails the test if it is missing or times out). Its standard input gets
    /// <paramref name="standardInput"/>, or is empty and closed (a test never hangs on a tool reading it).</summary>
    public static Result Run(string tool, IEnumerable<string> arguments, TimeSpan? timeout = null,
        string? workingDirectory = null, IDictionary<string, string>? environment = null, byte[]? standardInput = null)
    {
        var exe = Find(tool) ?? throw new Xunit.Sdk.XunitException(
            $"external tool '{tool}' is not installed (CI=true requires it; .ci/run installs it)");
        var psi = new ProcessStartInfo(exe)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardErrorEncoding = System.Text.Encoding.UTF8,
            WorkingDirectory = workingDirectory ?? Environment.CurrentDirectory,
        };
        foreach (var a in arguments) psi.ArgumentList.Add(a);
        MakeHermetic(psi, environment);
        using var process = Process.Start(psi) ?? throw new Xunit.Sdk.XunitException($"could not start {tool}");
        var stdoutBytes = new MemoryStream();
        var stdout = process.StandardOutput.BaseStream.CopyToAsync(stdoutBytes);
        var stderr = process.StandardError.ReadToEndAsync();
        var stdin = Task.Run(() =>
        {
            try
            {
                if (standardInput is not null) process.StandardInput.BaseStream.Write(standardInput);
                process.StandardInput.Close();
            }
            catch (IOException)
            {
                // the tool exited without reading all of it
            }
        });
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromMinutes(3));
        long peak = 0;
        while (!process.WaitForExit(TimeSpan.FromMilliseconds(25)))
        {
            peak = Math.Max(peak, PeakResidentBytes(process.Id));
            if (DateTime.UtcNow <= deadline) continue;
            try { process.Kill(entireProcessTree: true); } catch (InvalidOperationException) { }
            throw new Xunit.Sdk.XunitException($"{tool} timed out");
        }
        stdout.Wait();
        stdin.Wait();
        var bytes = stdoutBytes.ToArray();
        return new Result(process.ExitCode, System.Text.Encoding.UTF8.GetString(bytes), stderr.Result) { PeakMemoryBytes = peak, StdOutBytes = bytes };
    }
}

/// <summary>Why a test needing <paramref name="tools"/> (and a hermetic fontconfig) is skipped here, or null to run it.</summary>
internal static class ToolRequirements
{
    public static string? SkipReason(string[] tools, bool hermeticFonts)
    {
        if (ExternalTool.IsCi) return null;
        var missing = tools.Where(t => ExternalTool.Find(t) is null).ToArray();
        if (missing.Length > 0)
            return $"needs {string.Join(", ", missing)} (not installed here; with CI=true this test fails instead)";
        if (hermeticFonts && HermeticFontconfig.Unavailable is { } why)
            return $"needs {why} (with CI=true this test fails instead)";
        return null;
    }
}

/// <summary>A fact that needs external tools: skipped locally when one is missing, run (and failing) when CI=true.</summary>
public sealed class ToolFactAttribute : FactAttribute
{
    private readonly string[] _tools;

    public ToolFactAttribute(params string[] tools)
    {
        _tools = tools;
        Skip = ToolRequirements.SkipReason(tools, false);
    }

    /// <summary>The test also needs a <see cref="HermeticFontconfig"/> (a Latin-only font file to copy).</summary>
    public bool HermeticFonts
    {
        get => field;
        set { field = value; Skip = ToolRequirements.SkipReason(_tools, value); }
    }
}

/// <summary>A theory variant of <see cref="ToolFactAttribute"/>.</summary>
public sealed class ToolTheoryAttribute : TheoryAttribute
{
    private readonly string[] _tools;

    public ToolTheoryAttribute(params string[] tools)
    {
        _tools = tools;
        Skip = ToolRequirements.SkipReason(tools, false);
    }

    /// <summary>The test also needs a <see cref="HermeticFontconfig"/> (a Latin-only font file to copy).</summary>
    public bool HermeticFonts
    {
        get => field;
        set { field = value; Skip = ToolRequirements.SkipReason(_tools, value); }
    }
}
