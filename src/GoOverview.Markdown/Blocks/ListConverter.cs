using System.Collections.Immutable;
using System.Globalization;
using GoOverview.Markdown.Conversion;
using GoOverview.Model;
using Markdig.Extensions.TaskLists;
using Md = Markdig.Syntax;

namespace GoOverview.Markdown.Blocks;

/// <summary>Bullet and ordered lists (start number, tight/loose, task boxes). Items emptied by dropped links go.</summary>
internal static class ListConverter
{
    public static Block? Convert(Md.ListBlock list, ConversionContext context)
    {
        var items = ImmutableArray.CreateBuilder<ListItem>();
        foreach (var child in list)
        {
            if (child is not Md.ListItemBlock item) continue;
            var droppedBefore = context.DroppedEmptyLinks;
            var blocks = BlockConverter.Nested(item, context);
            if (blocks.IsEmpty && context.DroppedEmptyLinks > droppedBefore) continue;
            items.Add(new ListItem(blocks, TaskStateOf(item)));
        }
        if (items.Count == 0 && list.Count > 0) return null;
        var tight = !list.IsLoose;
        if (!list.IsOrdered) return new BulletList(items.ToImmutable(), tight);
        var start = int.TryParse(list.OrderedStart, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 1;
        return new OrderedList(start, items.ToImmutable(), tight);
    }

    private static TaskState TaskStateOf(Md.ListItemBlock item)
    {
        if (item.Count == 0 || item[0] is not Md.ParagraphBlock { Inline: { } inline }) return TaskState.None;
        return inline.FirstChild is TaskList task ? (task.Checked ? TaskState.Checked : TaskState.Unchecked) : TaskState.None;
    }
}
