using System.Collections.Immutable;
using GoOverview.Model;
using ModelMetadata = GoOverview.Model.Metadata;

namespace GoOverview.Markdown.Metadata;

/// <summary>
/// Project-config defaults, then front matter, then -M overrides (a given override wins), then the first H1 as title. Known keys: title,
/// subtitle, author (one or a list; "authors" too), date, lang (default zh-CN), description, keywords (a list or
/// comma separated). Any other key goes to Extra (list values joined with ", ").
/// </summary>
internal static class MetadataBuilder
{
    public static ModelMetadata Build(Dictionary<string, List<string>> frontMatter, IReadOnlyDictionary<string, string> defaults,
        IReadOnlyDictionary<string, string> overrides, ImmutableArray<Block> blocks)
    {
        var values = new Dictionary<string, List<string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var (key, value) in defaults) values[key.Trim()] = [value];
        foreach (var (key, value) in frontMatter) values[key] = value;
        foreach (var (key, value) in overrides) values[key.Trim()] = [value];

        string One(string key) => values.TryGetValue(key, out var v) ? string.Join(", ", v).Trim() : "";
        List<string> Many(string key) => values.TryGetValue(key, out var v)
            ? v.SelectMany(SplitList).Where(s => s.Length > 0).ToList()
            : [];

        var title = One("title");
        if (title.Length == 0 && blocks.OfType<Heading>().FirstOrDefault(h => h.Level == 1) is { } h1)
            title = PlainText.Of(h1.Content).Trim();
        var authors = values.ContainsKey("author") ? values["author"].Select(a => a.Trim()).Where(a => a.Length > 0).ToList() : Many("authors");
        var lang = One("lang");
        var known = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
            { "title", "subtitle", "author", "authors", "date", "lang", "description", "keywords" };
        var extra = values.Where(p => !known.Contains(p.Key))
            .ToImmutableDictionary(p => p.Key, p => string.Join(", ", p.Value), StringComparer.Ordinal);

        return new ModelMetadata(
            title,
            One("subtitle"),
            authors.ToImmutableArray(),
            One("date"),
            lang.Length > 0 ? lang : ModelMetadata.DefaultLang,
            One("description"),
            Many("keywords").ToImmutableArray(),
            extra);
    }

    /// <summary>Keywords may come as one "a, b，c" string (from -M or a scalar).</summary>
    private static IEnumerable<string> SplitList(string value) =>
        value.Split([',', '，', '、', ';', '；'], StringSplitOptions.TrimEntries);
}
