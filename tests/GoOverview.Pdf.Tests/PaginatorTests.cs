using GoOverview.Pdf.Drawing;
using GoOverview.Pdf.Paging;

namespace GoOverview.Pdf.Tests;

/// <summary>Page breaking, table-driven: slice heights and keep flags → where the pages break.</summary>
public sealed class PaginatorTests
{
    private sealed class Box : Slice
    {
        public required string Name { get; init; }
        public override void Draw(DrawContext context, float x, float y) { }
    }

    /// <summary>Spec letters: H = heading line (keeps with next), P = paragraph line; digits in names only.</summary>
    private static List<Slice> Flow(string spec)
    {
        var slices = new List<Slice>();
        var paragraph = new List<Box>();
        void EndParagraph()
        {
            for (var i = 0; i < paragraph.Count; i++)
                paragraph[i].KeepWithNext = paragraph.Count >= 2 && (i == 0 || i == paragraph.Count - 2);
            paragraph.Clear();
        }
        var n = 0;
        foreach (var ch in spec)
        {
            switch (ch)
            {
                case 'H': EndParagraph(); slices.Add(new Box { Name = "H" + n++, Height = 10, KeepWithNext = true }); break;
                case 'P': var b = new Box { Name = "P" + n++, Height = 10 }; paragraph.Add(b); slices.Add(b); break;
                case '|': EndParagraph(); break;
            }
        }
        EndParagraph();
        return slices;
    }

    [Theory]
    // 10 lines fit a page (height 100).
    [InlineData("PPPPPPPPPPPP", "PPPPPPPPPP|PP")]
    // A heading never ends a page: it moves over with its paragraph's first lines.
    [InlineData("PPPPPPPPP|HPPP", "PPPPPPPPP|HPPP")]
    // Widows: the last two lines stay together (break moves one line earlier).
    [InlineData("PPPPPPPPPPP", "PPPPPPPPP|PP")]
    // Orphans: a paragraph starting on the last line moves to the next page whole.
    [InlineData("PPPPPPPPP|PPPP", "PPPPPPPPP|PPPP")]
    public void Breaks_pages_keeping_headings_and_two_lines_together(string spec, string expected)
    {
        var pages = Paginator.Paginate(Flow(spec), 100);
        var actual = string.Join("|", pages.Select(p => string.Concat(p.Select(x => ((Box)x.Slice).Name[0]))));
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void Table_header_is_repeated_after_a_break()
    {
        var header = new Box { Name = "T", Height = 10, KeepWithNext = true };
        var slices = new List<Slice> { header };
        for (var i = 0; i < 15; i++) slices.Add(new Box { Name = "R", Height = 10, RepeatHeader = header });
        var pages = Paginator.Paginate(slices, 100);
        Assert.Equal(2, pages.Count);
        Assert.All(pages, p => Assert.Same(header, p[0].Slice));
        Assert.Equal(15, pages.Sum(p => p.Count(x => x.Slice != header)));
    }
}
