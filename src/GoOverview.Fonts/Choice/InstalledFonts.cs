using System.ComponentModel;
using System.Diagnostics;

namespace GoOverview.Fonts.Choice;

/// <summary>A face fontconfig found: its file and the face's index in it (0 unless the file is a collection).</summary>
public readonly record struct InstalledFace(string Path, int FaceIndex, string Family);

/// <summary>
/// Installed families through fontconfig's fc-match (as a process: no native fontconfig binding to ship). fc-match
/// always answers with its best substitute, so the answer counts only when one of its family names is the one asked for.
/// </summary>
public static class InstalledFonts
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(20);

    /// <exception cref="FontChoiceException">fc-match is missing or fails, or no installed face has that family name.</exception>
    public static InstalledFace Find(string family)
    {
        var answer = Run(Escape(family) + ":style=Regular");
        var lines = answer.Split('\n');
        if (lines.Length < 3 || lines[0].Length == 0)
            throw new FontChoiceException($"font family '{family}' is not installed (fontconfig found no font)");
        var names = lines[2].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (!names.Any(n => SameFamily(n, family)))
            throw new FontChoiceException($"font family '{family}' is not installed (fontconfig would substitute '{names.FirstOrDefault() ?? "?"}'); " +
                "fc-list : family lists the installed ones, or name a font file");
        return new InstalledFace(lines[0], int.TryParse(lines[1], out var index) ? index : 0, names[0]);
    }

    private static bool SameFamily(string a, string b) =>
        string.Equals(a.Replace(" ", ""), b.Replace(" ", ""), StringComparison.OrdinalIgnoreCase);

    /// <summary>fontconfig pattern syntax: '-', ':', ',' and '\' in a family name are escaped.</summary>
    private static string Escape(string family) =>
        string.Concat(family.Select(c => c is '\\' or '-' or ':' or ',' ? "\\" + c : c.ToString()));

    private static string Run(string pattern)
    {
        var start = new ProcessStartInfo("fc-match")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("--format=%{file}\n%{index}\n%{family}\n");
        start.ArgumentList.Add(pattern);
        Process process;
        try
        {
            process = Process.Start(start) ?? throw new FontChoiceException("could not start fc-match");
        }
        catch (Win32Exception)
        {
            throw new FontChoiceException("an installed font family needs fontconfig's fc-match, which is not installed; name a font file instead");
        }
        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(Timeout))
            {
                process.Kill(entireProcessTree: true);
                throw new FontChoiceException("fc-match did not answer within 20 s");
            }
            if (process.ExitCode != 0)
                throw new FontChoiceException($"fc-match failed: {error.Result.Trim()}");
            return output.Result;
        }
    }
}
