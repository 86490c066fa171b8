using System.Collections.Immutable;
using GoOverview.Model;

namespace GoOverview.Slides.Planning;

/// <summary>Recognises reference lists: lists whose every item is just a link (the seed's source lists).</summary>
internal static class LinkLists
{
    public static bool IsLinkList(Block block) => block switch
    {
        BulletList l => AllLinks(l.Items),
        OrderedList l => AllLinks(l.Items),
        _ => false,
    };

    public static ImmutableArray<ListItem> Items(Block block) => block switch
    {
        BulletList l => l.Items,
        OrderedList l => l.Items,
        _ => ImmutableArray<ListItem>.Empty,
    };

    /// <summary>True when the item shows nothing (e.g. "- []()"): such items are dropped from slides.</summary>
    public static bool IsEmpty(ListItem item) =>
        item.Blocks.All(b => string.IsNullOrWhiteSpace(PlainText.Of(b)) && b is not Figure);

    private static bool AllLinks(ImmutableArray<ListItem> items)
    {
        var nonEmpty = items.Where(i => !IsEmpty(i)).ToList();
        return nonEmpty.Count > 0 && nonEmpty.All(IsSingleLink);
    }

    private static bool IsSingleLink(ListItem item)
    {
        if (item.Blocks.Length != 1 || item.Blocks[0] is not Paragraph p) return false;
        var meaningful = p.Content.Where(i => !(i is Text t && string.IsNullOrWhiteSpace(t.Value)) && i is not SoftBreak).ToList();
        return meaningful.Count == 1 && meaningful[0] is Link;
    }
}
