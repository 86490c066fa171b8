using System.Collections.Immutable;
using GoOverview.Model;

namespace GoOverview.Slides.Planning.Condensing;

/// <summary>A heading at the slide level and its blocks (deeper headings included: they become subheadings).</summary>
internal sealed record SlideSection(Heading? Heading, ImmutableArray<Block> Blocks)
{
    public string Title => Heading is null ? "" : PlainText.Of(Heading.Content).Trim().TrimEnd('：', ':').TrimEnd();
}

/// <summary>A heading above the slide level: a divider slide, its own text, then its slide sections.</summary>
/// <remarks>Slide sections before the first chapter heading form a chapter without heading (no divider, Number 0).</remarks>
internal sealed record Chapter(Heading? Heading, int Number, SlideSection Intro, ImmutableArray<SlideSection> Sections)
{
    public string Title => Heading is null ? "" : PlainText.Of(Heading.Content).Trim().TrimEnd('：', ':').TrimEnd();
}

/// <summary>
/// The deck's outline, as pandoc's slide level makes it: headings above the slide level (except the title H1) start
/// a chapter (a divider slide), headings at the slide level start a slide, deeper ones are subheadings inside it.
/// Without a given level it is 3 when the document has H3 headings under its chapters, else 2.
/// </summary>
internal sealed record DeckOutline(Heading? TitleHeading, SlideSection Intro, ImmutableArray<Chapter> Chapters, int SlideLevel)
{
    public static DeckOutline Read(Document document, int? slideLevel)
    {
        var blocks = document.Blocks;
        var titleHeading = blocks.OfType<Heading>().FirstOrDefault(h => h.Level == 1) is { } h1
            && blocks.OfType<Heading>().Count(h => h.Level == 1) == 1 && blocks.OfType<Heading>().First() == h1 ? h1 : null;
        var level = slideLevel ?? (blocks.OfType<Heading>().Any(h => h.Level == 3) ? 3 : 2);

        var intro = new List<Block>();
        var chapters = new List<Chapter>();
        Heading? chapterHeading = null;
        var chapterIntro = new List<Block>();
        var sections = new List<SlideSection>();
        Heading? sectionHeading = null;
        var sectionBlocks = new List<Block>();

        void CloseSection()
        {
            if (sectionHeading is not null) sections.Add(new SlideSection(sectionHeading, [.. sectionBlocks]));
            sectionHeading = null;
            sectionBlocks.Clear();
        }

        void CloseChapter()
        {
            CloseSection();
            if (chapterHeading is not null)
                chapters.Add(new Chapter(chapterHeading, chapters.Count(c => c.Heading is not null) + 1, new SlideSection(chapterHeading, [.. chapterIntro]), [.. sections]));
            else if (sections.Count > 0)
                chapters.Add(new Chapter(null, 0, new SlideSection(null, []), [.. sections]));
            chapterHeading = null;
            chapterIntro.Clear();
            sections.Clear();
        }

        foreach (var block in blocks)
        {
            if (block == titleHeading) continue;
            if (block is Heading h && h.Level < level)
            {
                CloseChapter();
                chapterHeading = h;
            }
            else if (block is Heading s && s.Level == level)
            {
                CloseSection();
                sectionHeading = s;
            }
            else if (sectionHeading is not null) sectionBlocks.Add(block);
            else if (chapterHeading is not null) chapterIntro.Add(block);
            else intro.Add(block);
        }
        CloseChapter();
        return new DeckOutline(titleHeading, new SlideSection(titleHeading, [.. intro]), [.. chapters], level);
    }
}
