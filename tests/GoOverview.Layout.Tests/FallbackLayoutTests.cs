using GoOverview.Fonts;

namespace GoOverview.Layout.Tests;

/// <summary>The text engine follows the font chain: fallback faces per glyph run, □ for what no face has.</summary>
public sealed class FallbackLayoutTests(EngineFixture engine) : IClassFixture<EngineFixture>
{
    [Fact]
    public void Symbols_emoji_and_Korean_are_set_in_their_fallback_faces_with_real_glyphs()
    {
        var layout = new TextEngine(engine.Fonts).Layout([EngineFixture.Run("任务☐☑ 通过✅ 😀 한국어")], 500);
        var runs = layout.Lines.Single().Runs;
        string FamilyOf(string text) => runs.Single(r => r.Text.Contains(text, StringComparison.Ordinal)).Font.Family;
        Assert.Equal(FontLibrary.SymbolsFamily, FamilyOf("☐☑"));
        Assert.Equal(FontLibrary.EmojiFamily, FamilyOf("✅"));
        Assert.Equal(FontLibrary.EmojiFamily, FamilyOf("😀"));
        Assert.Equal(FontLibrary.KoreanFamily, FamilyOf("한국어"));
        Assert.All(runs, r => Assert.DoesNotContain((ushort)0, r.Glyphs));
        Assert.Empty(new TextEngine(engine.Fonts).MissingCharacters);
    }

    [Fact]
    public void A_space_after_an_emoji_is_the_run_face_s_space_not_the_emoji_face_s()
    {
        var layout = new TextEngine(engine.Fonts).Layout([EngineFixture.Run("😀 好")], 500);
        var emoji = layout.Lines.Single().Runs.Single(r => r.Font.Family == FontLibrary.EmojiFamily);
        Assert.Equal("😀", emoji.Text);
    }

    [Fact]
    public void A_character_no_face_has_is_drawn_as_the_placeholder_box_and_keeps_its_text()
    {
        var e = new TextEngine(engine.Fonts);
        var layout = e.Layout([EngineFixture.Run("甲\uE000乙")], 500);
        var run = layout.Lines.Single().Runs.Single(r => r.Text == "\uE000");
        Assert.Same(engine.Library.Regular, run.Font);
        var box = Assert.Single(run.Glyphs);
        Assert.NotEqual(0, box);
        Assert.True(run.X.Length == 1);
        Assert.Equal([0xE000], e.MissingCharacters);
        Assert.True(layout.Lines[0].Width > 2.5f * EngineFixture.Size, "the □ takes room like a character");
    }
}
