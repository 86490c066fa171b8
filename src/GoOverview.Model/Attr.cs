using System.Collections.Immutable;

namespace GoOverview.Model;

/// <summary>Generic attributes of a container (pandoc's attribute triple): id, classes, key-value pairs.</summary>
public sealed record Attr(string Id, ImmutableArray<string> Classes, ImmutableArray<KeyValuePair<string, string>> KeyValues)
{
    public static readonly Attr Empty = new("", ImmutableArray<string>.Empty, ImmutableArray<KeyValuePair<string, string>>.Empty);

    public static Attr WithId(string id) => Empty with { Id = id };

    public static Attr WithClasses(params string[] classes) => Empty with { Classes = classes.ToImmutableArray() };

    public bool HasClass(string name) => Classes.Contains(name, StringComparer.Ordinal);

    public string? Get(string key)
    {
        foreach (var pair in KeyValues)
        {
            if (string.Equals(pair.Key, key, StringComparison.Ordinal)) return pair.Value;
        }
        return null;
    }

    public bool Equals(Attr? other) =>
        other is not null && Id == other.Id && Classes.SequenceEqual(other.Classes) && KeyValues.SequenceEqual(other.KeyValues);

    public override int GetHashCode() => HashCode.Combine(Id, Classes.Length, KeyValues.Length);
}
