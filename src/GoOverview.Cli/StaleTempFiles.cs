using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace GoOverview.Cli;

/// <summary>Our own temporary files (see <see cref="AtomicFile"/>) left behind by a process that no longer runs
/// (kill -9, a crash, power loss). Files of any other naming are never touched.</summary>
public static partial class StaleTempFiles
{
    public static string NameFor(string fileName, int processId) =>
        $".{fileName}.gooverview-{processId.ToString(CultureInfo.InvariantCulture)}-{Guid.NewGuid():N}.tmp";

    /// <summary>A process id may belong to another pid namespace (a container sharing the folder): a file is stale only
    /// when its pid is not running here and nobody has written it for this long.</summary>
    public static readonly TimeSpan MinimumAge = TimeSpan.FromMinutes(10);

    /// <summary>Removes the temporary files in <paramref name="folder"/> whose writing process is gone.</summary>
    public static void Remove(string folder)
    {
        IEnumerable<string> candidates;
        try
        {
            candidates = Directory.EnumerateFiles(folder, ".*.gooverview-*-*.tmp").ToList();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return;
        }
        foreach (var file in candidates)
        {
            var match = OwnName().Match(Path.GetFileName(file));
            if (!match.Success || !int.TryParse(match.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var pid)) continue;
            if (IsRunning(pid) || DateTime.UtcNow - File.GetLastWriteTimeUtc(file) < MinimumAge) continue;
            try
            {
                File.Delete(file);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Another run may have removed it first, or the folder is read-only: the write itself will say so.
            }
        }
    }

    private static bool IsRunning(int processId)
    {
        if (processId == Environment.ProcessId) return true;
        try
        {
            using var process = Process.GetProcessById(processId);
            return !process.HasExited;
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException)
        {
            return false;
        }
    }

    [GeneratedRegex(@"^\..+\.gooverview-([0-9]{1,10})-[0-9a-f]{32}\.tmp$", RegexOptions.CultureInvariant)]
    private static partial Regex OwnName();
}
