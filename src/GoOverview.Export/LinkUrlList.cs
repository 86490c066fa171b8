using System.Collections.Immutable;
using GoOverview.Model;
using GoOverview.Model.Localisation;

namespace GoOverview.Export;

/// <summary>
/// --link-urls list: each web or mail link whose text differs from its address gets a superscript marker [n], and
/// its section (up to the next H1 or H2) ends with a numbered reference list of the addresses (参考资料 / References
/// by the document's lang). Numbers restart in every section; an address used twice in a section keeps its number.
/// Links in headings and footnotes are left alone, as with footnotes.
/// </summary>
public static class LinkUrlList
{
    /// <summary>The class of the Div holding a section's list (a writer or stylesheet may style it).</summary>
    public const string ListClass = "link-references";

    private const int SectionLevel = 2;

    public static Document Apply(Document document)
    {
        var words = FurnitureWords.For(document.Metadata.Lang);
        var blocks = ImmutableArray.CreateBuilder<Block>(document.Blocks.Length + 4);
        var marking = new MarkLinks();
        foreach (var block in document.Blocks)
        {
            if (block is Heading { Level: <= SectionLevel }) Flush(blocks, marking, words);
            blocks.Add(marking.RewriteBlock(block));
        }
        Flush(blocks, marking, words);
        return marking.AnyMarked ? document with { Blocks = blocks.ToImmutable() } : document;
    }

    private static void Flush(ImmutableArray<Block>.Builder blocks, MarkLinks marking, FurnitureWords words)
    {
        if (marking.Urls.Count == 0) return;
        var items = marking.Urls.Select(url => new ListItem([new Paragraph([new Link([new Text(url)], url, "")])])).ToImmutableArray();
        blocks.Add(new Div(Attr.WithClasses(ListClass),
        [
            new Paragraph([new Strong([new Text(words.References)])]),
            new OrderedList(1, items, Tight: true),
        ]));
        marking.Urls.Clear();
    }

    private sealed class MarkLinks : LinkAddressMarker
    {
        /// <summary>The current section's addresses in marker order.</summary>
        public List<string> Urls { get; } = new();

        public bool AnyMarked { get; private set; }

        /// <summary>[n]: an address used twice in a section keeps its number.</summary>
        protected override Inline MarkerFor(string url)
        {
            var number = Urls.IndexOf(url) + 1;
            if (number == 0)
            {
                Urls.Add(url);
                number = Urls.Count;
            }
            AnyMarked = true;
            return new Superscript([new Text($"[{number}]")]);
        }
    }
}
