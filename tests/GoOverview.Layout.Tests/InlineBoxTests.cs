using GoOverview.Layout;
using GoOverview.Model;

namespace GoOverview.Layout.Tests;

/// <summary>Inline objects (images) are measured as their box and break like an ideograph.</summary>
public sealed class InlineBoxTests(EngineFixture engine) : IClassFixture<EngineFixture>
{
    private static readonly ParagraphOptions NoLoneRule = new(TextAlignment.Left, AvoidLoneLastCharacter: false);

    private static StyledRun Box(float width) => StyledRun.ForBox(new InlineBox(width, 10, 1.2f, null), EngineFixture.Size, RgbColor.Black);

    [Theory]
    // 10 pt characters, a 50 pt column: the 30 pt box does not fit after 三 (30 + 30 > 50), so it starts line 2.
    [InlineData(30f, new[] { "一二三", "\uFFFC四五", "六" })]
    // A 20 pt box fits after 三 and takes two characters' room.
    [InlineData(20f, new[] { "一二三\uFFFC", "四五六" })]
    public void A_box_is_as_wide_as_its_width_and_breaks_on_either_side(float width, string[] expected)
    {
        var layout = new TextEngine(engine.Fonts).Layout([EngineFixture.Run("一二三"), Box(width), EngineFixture.Run("四五六")], 50, NoLoneRule);
        Assert.Equal(expected, layout.Lines.Select(l => l.Text).ToArray());
        var boxRun = layout.Lines.SelectMany(l => l.Runs).Single(r => r.Box is not null);
        Assert.Equal(width, boxRun.Right - boxRun.Left, 2);
    }
}
