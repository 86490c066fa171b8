using GoOverview.Pdf.Drawing;
using GoOverview.Pdf.Paging;

namespace GoOverview.Pdf.Tests;

/// <summary>
/// Footnote page breaking, table-driven. Lines are 10 high, pages 100, the separator 5. Flow spec: P = a one-line
/// paragraph, Q = a line of a multi-line paragraph (consecutive Qs form one paragraph, orphan/widow rules apply),
/// a digit after a line = that line references the note with this number. Notes: number → line count.
/// Result: per page the body letters, then '>' and one digit per foot line, pages joined by '|'.
/// </summary>
public sealed class FootnotePaginatorTests
{
    private sealed class Box(string name) : Slice
    {
        public string Name { get; } = name;
        public override void Draw(DrawContext context, float x, float y) { }
    }

    private static readonly FootnoteArea Area = new(new Box("-") { Height = 5 });

    private static List<Slice> Flow(string spec, string notes)
    {
        var bodies = new Dictionary<int, FootnoteBody>();
        foreach (var def in notes.Split(',', StringSplitOptions.RemoveEmptyEntries))
        {
            var number = def[0] - '0';
            var lines = Enumerable.Range(0, int.Parse(def.AsSpan(2), System.Globalization.CultureInfo.InvariantCulture)).Select(_ => (Slice)new Box(number.ToString(System.Globalization.CultureInfo.InvariantCulture)) { Height = 10, SpaceBefore = 0 }).ToList();
            bodies[number] = new FootnoteBody(number, lines);
        }
        var slices = new List<Slice>();
        var paragraph = new List<Slice>();
        void EndParagraph()
        {
            for (var i = 0; i < paragraph.Count; i++)
                paragraph[i].KeepWithNext = paragraph.Count >= 2 && (i == 0 || i == paragraph.Count - 2);
            paragraph.Clear();
        }
        foreach (var ch in spec)
        {
            if (char.IsAsciiDigit(ch))
            {
                var last = slices[^1];
                (last.Notes ??= new List<FootnoteBody>()).Add(bodies[ch - '0']);
                continue;
            }
            if (ch != 'Q') EndParagraph();
            var box = new Box(ch.ToString()) { Height = 10 };
            slices.Add(box);
            if (ch == 'Q') paragraph.Add(box);
        }
        EndParagraph();
        return slices;
    }

    private static string Render(List<List<Placement>> pages) => string.Join("|", pages.Select(page =>
    {
        var body = string.Concat(page.TakeWhile(p => ((Box)p.Slice).Name != "-").Select(p => ((Box)p.Slice).Name));
        var foot = string.Concat(page.SkipWhile(p => ((Box)p.Slice).Name != "-").Skip(1).Select(p => ((Box)p.Slice).Name));
        return foot.Length > 0 ? body + ">" + foot : body;
    }));

    [Theory]
    // A note that fits goes to the foot of its reference's page.
    [InlineData("PP1PP", "1:2", "PPPP>11")]
    // Notes of several lines on one page, in reference order; a second reference to a note adds nothing.
    [InlineData("P2P1P2", "1:1,2:2", "PPP>221")]
    // No room for the note's first line under its reference: the referencing line moves on with its note.
    [InlineData("PPPPPPPPP1", "1:1", "PPPPPPPP|P>1")]
    // Room for part of the note: it is split and continues at the next page's foot; the body after the
    // reference takes room back from the split note's tail, down to two lines.
    [InlineData("PPPPPP1PP", "1:4", "PPPPPPP>11|P>11")]
    [InlineData("PPPPP1PPPPP", "1:2", "PPPPPPP>11|PPP")]
    // Widow rule with a note: the last two lines of a paragraph stay together, and the note follows its reference.
    [InlineData("PPPPPQQQ1Q", "1:2", "PPPPPQQ|QQ>11")]
    // A 3-line paragraph cannot break at all (orphan + widow): it moves whole, with its note.
    [InlineData("PPPPPPQQ1Q", "1:2", "PPPPPP|QQQ>11")]
    // A long note continues over the next page's foot (at most half of it when that page has body text).
    [InlineData("P1PPPPPPP", "1:9", "PPPPPPP>11|P>1111111")]
    [InlineData("P1PPPPPPPPPPPPP", "1:14", "PPPPPPP>11|PPPPP>1111|PP>1111111|>1")]
    // A note of a line that follows a split note waits until the split note has ended.
    [InlineData("PPPPPP1PP2P", "1:4,2:1", "PPPPPPP>11|PP>112")]
    public void Notes_sit_at_the_foot_of_the_page_that_references_them(string spec, string notes, string expected)
    {
        var pages = Paginator.Paginate(Flow(spec, notes), 100, Area);
        Assert.Equal(expected, Render(pages));
        foreach (var page in pages)
        {
            // The foot ends exactly at the bottom of the content box, below all body slices.
            var sep = page.FindIndex(p => ((Box)p.Slice).Name == "-");
            if (sep < 0) continue;
            Assert.Equal(100, page[^1].Y + page[^1].Slice.Height, 2);
            Assert.All(page.Take(sep), b => Assert.True(b.Y + b.Slice.Height <= page[sep].Y + 0.01f));
        }
    }

    [Fact]
    public void Every_line_of_every_note_is_placed_once()
    {
        var pages = Paginator.Paginate(Flow("P1PPPPPPP2PPPPPPPP3PPPP", "1:9,2:8,3:3"), 100, Area);
        var foot = string.Concat(pages.Select(p => string.Concat(p.SkipWhile(x => ((Box)x.Slice).Name != "-").Skip(1).Select(x => ((Box)x.Slice).Name))));
        Assert.Equal(new string('1', 9) + new string('2', 8) + "333", foot);
        Assert.Equal(20, pages.Sum(p => p.TakeWhile(x => ((Box)x.Slice).Name != "-").Count()));
    }
}
