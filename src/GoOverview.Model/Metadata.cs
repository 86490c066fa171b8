using System.Collections.Immutable;

namespace GoOverview.Model;

/// <summary>Document metadata: from YAML front matter, then -M overrides; Title falls back to the first H1.</summary>
public sealed record Metadata(
    string Title,
    string Subtitle,
    ImmutableArray<string> Authors,
    string Date,
    string Lang,
    string Description,
    ImmutableArray<string> Keywords,
    ImmutableDictionary<string, string> Extra)
{
    public const string DefaultLang = "zh-CN";

    public static readonly Metadata Empty = new("", "", ImmutableArray<string>.Empty, "", DefaultLang, "",
        ImmutableArray<string>.Empty, ImmutableDictionary<string, string>.Empty);

    /// <summary>The authors joined with the list separator of the document's language (张三、李四 or Jane Doe, John Roe).</summary>
    public string AuthorLine => string.Join(Localisation.FurnitureWords.For(Lang).ListSeparator, Authors);
}
