using System.Diagnostics;
using System.Globalization;

namespace GoOverview.Bench;

/// <summary>One timed child process: wall time, and CPU time and peak RSS from GNU time (/usr/bin/time) when installed.</summary>
internal readonly record struct ChildRun(double Wall, double Cpu, long PeakMb, int ExitCode, string StdErr)
{
    private const string Marker = "gnu-time ";

    /// <summary>
    /// getrusage(RUSAGE_CHILDREN) would count the pages a forked child briefly shares with this large process, so
    /// the child's own figures come from GNU time. A ".dll" runs under dotnet.
    /// </summary>
    public static ChildRun Start(string exe, IEnumerable<string> arguments)
    {
        var gnuTime = File.Exists("/usr/bin/time") ? "/usr/bin/time" : null;
        var command = new List<string>();
        if (gnuTime is not null) command.AddRange(["-f", Marker + "%M %U %S"]);
        if (exe.EndsWith(".dll", StringComparison.Ordinal)) command.Add("dotnet");
        command.Add(exe);
        command.AddRange(arguments);
        var psi = new ProcessStartInfo(gnuTime ?? command[0]) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in gnuTime is null ? command.Skip(1) : command) psi.ArgumentList.Add(a);
        var clock = Stopwatch.StartNew();
        using var p = Process.Start(psi)!;
        var stderr = p.StandardError.ReadToEndAsync();
        p.StandardOutput.ReadToEnd();
        p.WaitForExit();
        var wall = clock.Elapsed.TotalSeconds;
        var lines = stderr.Result.Split('\n');
        var line = lines.LastOrDefault(l => l.StartsWith(Marker, StringComparison.Ordinal));
        if (line is null) return new ChildRun(wall, -1, -1, p.ExitCode, stderr.Result);
        var f = line[Marker.Length..].Split(' ');
        var cpu = double.Parse(f[1], CultureInfo.InvariantCulture) + double.Parse(f[2], CultureInfo.InvariantCulture);
        return new ChildRun(wall, cpu, long.Parse(f[0], CultureInfo.InvariantCulture) / 1024, p.ExitCode,
            string.Join('\n', lines.Where(l => !l.StartsWith(Marker, StringComparison.Ordinal))));
    }

    /// <summary>A published CLI under artifacts/FOLDER (cli: ReadyToRun, aot: native AOT) above the harness, or null.</summary>
    public static string? FindArtifact(string folder)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "artifacts", folder, "gooverview");
            if (File.Exists(candidate)) return candidate;
        }
        return null;
    }
}
