using GoOverview.Fonts;
using GoOverview.Layout;
using GoOverview.Model;
using GoOverview.TestSupport;

namespace GoOverview.Layout.Tests;

/// <summary>
/// The shortcuts big books rely on give the very lines of the full path: counting lines without positioning
/// glyphs, shaping on the library's shared whole-font faces, total fit reusing its buffers across paragraphs and threads.
/// </summary>
public sealed class MeasuringShortcutsTests(EngineFixture engine) : IClassFixture<EngineFixture>
{
    private static readonly List<string> SeedParagraphs = DocumentWalker.AllBlocks(TestFiles.ReadSeed())
        .Where(b => b is Paragraph or Heading)
        .Select(b => PlainText.Of(b).Trim())
        .Where(t => t.Length > 0)
        .ToList();

    public static TheoryData<TextAlignment, float, float> Settings => new()
    {
        { TextAlignment.Justify, 30, 0 },
        { TextAlignment.Justify, 12, 20 },
        { TextAlignment.Left, 25, 0 },
    };

    [Theory]
    [MemberData(nameof(Settings))]
    public void Counting_lines_gives_the_number_of_lines_layout_sets(TextAlignment alignment, float ems, float indent)
    {
        var options = new ParagraphOptions(alignment, 1, indent);
        var text = new TextEngine(engine.Fonts);
        Assert.True(SeedParagraphs.Count > 50);
        foreach (var paragraph in SeedParagraphs.Append(string.Join("\n", SeedParagraphs.Take(5))).Append(""))
        {
            StyledRun[] runs = [EngineFixture.Run(paragraph)];
            Assert.Equal(text.Layout(runs, ems * EngineFixture.Size, options).Lines.Count, text.CountLines(runs, ems * EngineFixture.Size, options));
        }
    }

    [Fact]
    public void Shared_whole_font_faces_set_the_same_lines_as_the_font_bytes()
    {
        var characters = SeedParagraphs.Append("粗体").SelectMany(p => p.EnumerateRunes()).Select(r => r.Value).ToHashSet();
        using var subset = ShapingFonts.Subset(engine.Library, characters);
        var whole = new TextEngine(engine.Fonts);
        var cut = new TextEngine(subset);
        foreach (var paragraph in SeedParagraphs)
        {
            StyledRun[] runs = [EngineFixture.Run(paragraph), EngineFixture.Run("粗体", FaceKind.Bold)];
            var a = whole.Layout(runs, 30 * EngineFixture.Size).Lines;
            var b = cut.Layout(runs, 30 * EngineFixture.Size).Lines;
            Assert.Equal(a.Select(l => (l.Text, l.Width)), b.Select(l => (l.Text, l.Width)));
        }
    }

    [Fact]
    public void Total_fit_sets_each_paragraph_alike_whatever_was_set_before_and_on_any_thread()
    {
        var long1 = string.Concat(SeedParagraphs.OrderByDescending(p => p.Length).Take(3));
        var order = SeedParagraphs.Prepend(long1).Append(long1).ToList();
        var expected = order.Select(p => string.Join("|", engine.Lines(p, 27))).ToList();
        var again = new string[order.Count];
        Parallel.For(0, order.Count, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i =>
        {
            using var fonts = ShapingFonts.Full(engine.Library);
            again[i] = string.Join("|", new TextEngine(fonts).Layout([EngineFixture.Run(order[i])], 27 * EngineFixture.Size).Lines.Select(l => l.Text));
        });
        Assert.Equal(expected, again);
        Assert.Equal(expected[0], expected[^1]);
    }
}
