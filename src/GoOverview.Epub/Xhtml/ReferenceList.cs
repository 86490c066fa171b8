using System.Collections.Immutable;
using GoOverview.Model;

namespace GoOverview.Epub.Xhtml;

/// <summary>A list whose every item is one link (a reference list): set flush left, its URLs free to break anywhere.</summary>
internal static class ReferenceList
{
    public const string Class = "references";

    public static bool Is(ImmutableArray<ListItem> items) =>
        items.Length > 0 && items.All(item => item.Blocks is [Paragraph p] && p.Content.Count(i => i is not Text t || t.Value.Trim().Length > 0) == 1 && p.Content.Any(i => i is Link));
}
