using System.Text;
using GoOverview.Model;
using GoOverview.Epub.Xhtml;

namespace GoOverview.Epub.Structure;

/// <summary>Element ids as written in the package: no whitespace, no characters XML forbids.</summary>
internal static class IdText
{
    public static string Normalize(string? id)
    {
        if (string.IsNullOrWhiteSpace(id)) return "";
        var clean = XmlChars.Clean(id.Trim(), out _);
        var sb = new StringBuilder(clean.Length);
        foreach (var c in clean) sb.Append(char.IsWhiteSpace(c) ? '-' : c);
        return sb.ToString();
    }
}

/// <summary>Hands out ids that collide with nothing in the document (e.g. "fn-1", "fn-1-2").</summary>
internal sealed class IdAllocator(IEnumerable<string> taken)
{
    private readonly HashSet<string> _taken = new(taken, StringComparer.Ordinal);

    public string Allocate(string wanted)
    {
        var id = wanted;
        for (var n = 2; !_taken.Add(id); n++) id = $"{wanted}-{n}";
        return id;
    }
}
