using System.CommandLine;

namespace GoOverview.Cli;

/// <summary>"Did you mean" for a mistyped option that the parser took for the INPUT argument (e.g. --too, --no-tco).</summary>
public static class OptionSpelling
{
    public const string UnknownOption = "unknown option";

    public static string UnknownOptionMessage(string token, Command command)
    {
        var names = command.Options.SelectMany(o => o.Aliases.Prepend(o.Name)).Where(n => n.StartsWith("--", StringComparison.Ordinal)).Distinct();
        var best = names.Select(n => (Name: n, Distance: Distance(token, n))).OrderBy(p => p.Distance).ThenBy(p => p.Name, StringComparer.Ordinal).FirstOrDefault();
        var hint = best.Name is not null && best.Distance <= Math.Max(2, token.Length / 3) ? $"; did you mean {best.Name}?" : "";
        return $"{UnknownOption} '{token}'{hint}";
    }

    /// <summary>Levenshtein distance (the names are short, so the simple table is fine).</summary>
    private static int Distance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j], current[j - 1]) + 1);
            }
            previous = current;
        }
        return previous[b.Length];
    }
}
