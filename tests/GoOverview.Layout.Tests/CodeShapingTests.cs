using GoOverview.Layout;

namespace GoOverview.Layout.Tests;

/// <summary>Code keeps its characters' own glyphs: no programming ligatures in the monospace face.</summary>
public sealed class CodeShapingTests(EngineFixture engine) : IClassFixture<EngineFixture>
{
    [Theory]
    [InlineData("<-")]
    [InlineData("!=")]
    [InlineData(":=")]
    [InlineData("->")]
    public void Operators_in_code_are_drawn_with_the_glyphs_of_their_characters(string op)
    {
        var inContext = Glyphs("ch " + op + " x");
        var alone = op.Select(c => Glyphs(c.ToString()).Single()).ToArray();
        Assert.Equal(alone, inContext.Skip(3).Take(op.Length).ToArray());
    }

    private ushort[] Glyphs(string code)
    {
        var layout = new TextEngine(engine.Fonts).Layout([EngineFixture.Run(code, FaceKind.Mono)], 1000, new ParagraphOptions(TextAlignment.Left));
        return layout.Lines.SelectMany(l => l.Runs).SelectMany(r => r.Glyphs).ToArray();
    }
}
