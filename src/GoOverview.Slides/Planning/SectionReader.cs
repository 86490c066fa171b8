using System.Collections.Immutable;
using GoOverview.Model;

namespace GoOverview.Slides.Planning;

/// <summary>A heading and the blocks under it up to the next heading (Heading is null for text before the first heading).</summary>
internal sealed record Section(Heading? Heading, ImmutableArray<Block> Blocks)
{
    public int Level => Heading?.Level ?? 0;

    /// <summary>The heading text; a trailing colon (as in "3）区块链应用场景探索：") is dropped from the slide title.</summary>
    public string Title => Heading is null ? "" : PlainText.Of(Heading.Content).Trim().TrimEnd('：', ':').TrimEnd();
}

/// <summary>Cuts the document's top-level blocks into sections at every heading.</summary>
internal static class SectionReader
{
    public static IReadOnlyList<Section> Read(Document document)
    {
        var sections = new List<Section>();
        Heading? heading = null;
        var blocks = new List<Block>();
        foreach (var block in document.Blocks)
        {
            if (block is Heading h)
            {
                if (heading is not null || blocks.Count > 0) sections.Add(new Section(heading, blocks.ToImmutableArray()));
                heading = h;
                blocks.Clear();
            }
            else
            {
                blocks.Add(block);
            }
        }
        if (heading is not null || blocks.Count > 0) sections.Add(new Section(heading, blocks.ToImmutableArray()));
        return sections;
    }
}
