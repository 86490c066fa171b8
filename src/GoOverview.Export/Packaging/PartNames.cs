namespace GoOverview.Export.Packaging;

/// <summary>Part names are absolute ("/ppt/slides/slide1.xml"); relationship targets are relative to the source part's folder.</summary>
public static class PartNames
{
    /// <summary>The part a relative target of <paramref name="source"/> names ("" = the package root).</summary>
    public static string Resolve(string source, string target)
    {
        if (target.StartsWith('/')) return Normalize(target);
        var folder = source.Length == 0 ? "/" : source[..(source.LastIndexOf('/') + 1)];
        return Normalize(folder + target);
    }

    /// <summary>The target to write in <paramref name="source"/>'s relationships for the part <paramref name="target"/>.</summary>
    public static string Relative(string source, string target)
    {
        if (source.Length == 0) return target.TrimStart('/');
        var from = source.Split('/')[1..^1];
        var to = target.Split('/')[1..];
        var common = 0;
        while (common < from.Length && common < to.Length - 1 && from[common] == to[common]) common++;
        return string.Join('/', Enumerable.Repeat("..", from.Length - common).Concat(to[common..]));
    }

    /// <summary>Where the relationships of a part are stored ("" = the package's own).</summary>
    public static string RelationshipsOf(string part)
    {
        if (part.Length == 0) return "/_rels/.rels";
        var slash = part.LastIndexOf('/');
        return part[..(slash + 1)] + "_rels/" + part[(slash + 1)..] + ".rels";
    }

    public static string Extension(string part)
    {
        var name = part[(part.LastIndexOf('/') + 1)..];
        var dot = name.LastIndexOf('.');
        return dot < 0 ? "" : name[(dot + 1)..].ToLowerInvariant();
    }

    private static string Normalize(string path)
    {
        var parts = new List<string>();
        foreach (var segment in Uri.UnescapeDataString(path).Split('/'))
        {
            if (segment is "" or ".") continue;
            if (segment == "..") { if (parts.Count > 0) parts.RemoveAt(parts.Count - 1); }
            else parts.Add(segment);
        }
        return "/" + string.Join('/', parts);
    }
}
