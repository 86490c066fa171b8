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
        public override string ToString() => $"exit {ExitCode}\n--- stdout ---\n{StdOut}\n--- stderr ---\n{StdErr}";
    }

    /// <summary>Runs a tool and waits (fails the test if it is missing or times out).</summary>
    public static Result Run(string tool, IEnumerable<string> arguments, TimeSpan? timeout = null,
        string? workingDirectory = null, IDictionary<string, string>? environment = null)
    {
        var exe = Find(tool) ?? throw new Xunit.Sdk.XunitException(
            $"external tool '{tool}' is not installed (CI=true requires it; .ci/run installs it)");
        var psi = new ProcessStartInfo(exe)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? Environment.CurrentDirectory,
        };
        foreach (var a in arguments) psi.ArgumentList.Add(a);
        if (environment is not null)
            foreach (var kv in environment) psi.Environment[kv.Key] = kv.Value;
        using var process = Process.Start(psi) ?? throw new Xunit.Sdk.XunitException($"could not start {tool}");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout ?? TimeSpan.FromMinutes(3)))
        {
            try { process.Kill(entireProcessTree: true); } catch (InvalidOperationException) { }
            throw new Xunit.Sdk.XunitException($"{tool} timed out");
        }
        return new Result(process.ExitCode, stdout.Result, stderr.Result);
    }
}

/// <summary>A fact that needs external tools: skipped locally when one is missing, run (and failing) when CI=true.</summary>
public sealed class ToolFactAttribute : FactAttribute
{
    public ToolFactAttribute(params string[] tools)
    {
        var missing = tools.Where(t => ExternalTool.Find(t) is null).ToArray();
        if (missing.Length > 0 && !ExternalTool.IsCi)
            Skip = $"needs {string.Join(", ", missing)} (not installed here; with CI=true this test fails instead)";
    }
}

/// <summary>A theory variant of <see cref="ToolFactAttribute"/>.</summary>
public sealed class ToolTheoryAttribute : TheoryAttribute
{
    public ToolTheoryAttribute(params string[] tools)
    {
        var missing = tools.Where(t => ExternalTool.Find(t) is null).ToArray();
        if (missing.Length > 0 && !ExternalTool.IsCi)
            Skip = $"needs {string.Join(", ", missing)} (not installed here; with CI=true this test fails instead)";
    }
}
