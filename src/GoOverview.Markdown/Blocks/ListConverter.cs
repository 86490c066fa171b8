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
            var task = TaskStateOf(item);
            items.Add(new ListItem(task == TaskState.None ? blocks : WithoutBoxSpace(blocks), task));
        }
        if (items.Count == 0 && list.Count > 0) return null;
        var tight = !list.IsLoose;
        if (!list.IsOrdered) return new BulletList(items.ToImmutable(), tight);
        var start = int.TryParse(list.OrderedStart, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 1;
        return new OrderedList(start, items.ToImmutable(), tight);
    }

    /// <summary>"[x] done": Markdig leaves the space after the box at the start of the text.</summary>
    private static ImmutableArray<Block> WithoutBoxSpace(ImmutableArray<Block> blocks)
    {
        if (blocks.IsEmpty || blocks[0] is not Paragraph { Content: [Text first, ..] } paragraph) return blocks;
        var trimmed = first.Value.TrimStart();
        var content = trimmed.Length == 0 ? paragraph.Content.RemoveAt(0) : paragraph.Content.SetItem(0, new Text(trimmed));
        return blocks.SetItem(0, paragraph with { Content = content });
    }

    private static TaskState TaskStateOf(Md.ListItemBlock item)
    {
        if (item.Count == 0 || item[0] is not Md.ParagraphBlock { Inline: { } inline }) return TaskState.None;
        return inline.FirstChild is TaskList task ? (task.Checked ? TaskState.Checked : TaskState.Unchecked) : TaskState.None;
    }
}
