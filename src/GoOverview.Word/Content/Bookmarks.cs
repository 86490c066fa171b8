using System.Globalization;
using DocumentFormat.OpenXml.Wordprocessing;
using GoOverview.Model;

namespace GoOverview.Word.Content;

/// <summary>
/// Bookmark names for the element ids of the document (heading ids above all), so "#id" links and TOC entries
/// can point at them. Word bookmark names start with a letter, hold letters, digits and '_' and have at most
/// 40 characters; other ids get a hidden "_Toc…" name.
/// </summary>
internal sealed class Bookmarks
{
    private const int MaxNameLength = 40;
    private readonly Dictionary<string, string> _nameById = new(StringComparer.Ordinal);
    private readonly HashSet<string> _names = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<Heading, string> _nameByUnnamedHeading = new(ReferenceEqualityComparer.Instance);
    private int _nextId;

    public Bookmarks(Model.Document document)
    {
        foreach (var block in DocumentWalker.AllBlocks(document))
        {
            var id = IdOf(block);
            if (id.Length == 0)
            {
                if (block is Heading heading) _nameByUnnamedHeading[heading] = NewHiddenName();
                continue;
            }
            if (_nameById.ContainsKey(id)) continue;
            var name = Sanitize(id);
            if (name.Length == 0 || _names.Contains(name)) name = NewHiddenName();
            _names.Add(name);
            _nameById[id] = name;
        }
    }

    public static string IdOf(Block block) => block switch
    {
        Heading h => h.Attr.Id,
        Model.Div d => d.Attr.Id,
        Model.Table t => t.Attr.Id,
        Figure f => f.Attr.Id,
        CodeBlock c => c.Attr.Id,
        _ => "",
    };

    /// <summary>The bookmark name for an element id, or null when the document has no such id.</summary>
    public string? NameFor(string id) => _nameById.GetValueOrDefault(id);

    /// <summary>The bookmark name of a heading (its id's, or a generated one when it has no id).</summary>
    public string? NameFor(Heading heading) =>
        heading.Attr.Id.Length > 0 ? NameFor(heading.Attr.Id) : _nameByUnnamedHeading.GetValueOrDefault(heading);

    private string NewHiddenName()
    {
        string name;
        var n = _names.Count + 1;
        do name = "_Toc" + (n++).ToString("D8", CultureInfo.InvariantCulture);
        while (_names.Contains(name));
        _names.Add(name);
        return name;
    }

    public (BookmarkStart Start, BookmarkEnd End) Create(string name)
    {
        var id = (_nextId++).ToString(CultureInfo.InvariantCulture);
        return (new BookmarkStart { Id = id, Name = name }, new BookmarkEnd { Id = id });
    }

    /// <summary>The id as a bookmark name: other characters become '_', a leading non-letter gets "h_", at most 40 characters.</summary>
    private static string Sanitize(string id)
    {
        var chars = id.Select(ch => char.IsLetterOrDigit(ch) ? ch : '_').ToArray();
        var name = new string(chars);
        if (!char.IsLetter(name[0])) name = "h_" + name;
        return name.Length > MaxNameLength ? name[..MaxNameLength] : name;
    }
}
