using GoOverview.Fonts;
using GoOverview.TestSupport;
using Xunit;

namespace GoOverview.Fonts.Tests;

/// <summary>The glyph-fallback chain: Noto Sans SC (or its bold, or mono) → Symbols 2 → Emoji → KR.</summary>
public sealed class FontChainTests
{
    private static readonly FontLibrary Fonts = FontLibrary.LoadBundled();

    private FontFile Face(string family) => Assert.Single(Fonts.Fallbacks, f => f.Family == family);

    [Theory]
    [InlineData(0x2610, FontLibrary.SymbolsFamily)] // ☐
    [InlineData(0x2611, FontLibrary.SymbolsFamily)] // ☑
    [InlineData(0x2612, FontLibrary.SymbolsFamily)] // ☒
    [InlineData(0x2705, FontLibrary.EmojiFamily)] // ✅
    [InlineData(0x274C, FontLibrary.EmojiFamily)] // ❌
    [InlineData(0x1F600, FontLibrary.EmojiFamily)] // 😀
    [InlineData(0xD55C, FontLibrary.KoreanFamily)] // 한
    [InlineData(0xAD6D, FontLibrary.KoreanFamily)] // 국
    public void Characters_Noto_Sans_SC_lacks_come_from_the_first_fallback_face_that_has_them(int codePoint, string family)
    {
        Assert.False(Fonts.Regular.Covers(codePoint));
        foreach (var primary in new[] { Fonts.Regular, Fonts.Bold, Fonts.Mono })
            Assert.Same(Face(family), Fonts.FindCovering(codePoint, primary));
    }

    [Fact]
    public void The_primary_face_still_wins_for_what_it_has()
    {
        Assert.Same(Fonts.Regular, Fonts.FindCovering('中', Fonts.Regular));
        Assert.Same(Fonts.Regular, Fonts.FindCovering(0x25A1, Fonts.Regular)); // □, the placeholder
        Assert.Same(Fonts.Regular, Fonts.FindCovering(0x26A0, Fonts.Regular)); // ⚠ (text presentation)
    }

    [Fact]
    public void Emoji_presentation_selector_asks_the_emoji_face_first_and_stays_with_its_base()
    {
        var segments = FontChain.Split(Fonts, "注意⚠️！", Fonts.Regular);
        Assert.Equal(3, segments.Count);
        Assert.Same(Face(FontLibrary.EmojiFamily), segments[1].Font);
        Assert.Equal("⚠️", "注意⚠️！".Substring(segments[1].Start, segments[1].Length));
    }

    [Fact]
    public void Joined_emoji_and_skin_tones_stay_one_stretch()
    {
        const string text = "我👍🏽和👨‍💻";
        var segments = FontChain.Split(Fonts, text, Fonts.Regular);
        var pieces = segments.Select(s => text.Substring(s.Start, s.Length)).ToList();
        Assert.Equal(["我", "👍🏽", "和", "👨‍💻"], pieces);
        Assert.All(new[] { segments[1], segments[3] }, s => Assert.Equal(FontRole.Fallback, s.Font!.Role));
    }

    [Fact]
    public void Characters_no_face_has_are_null_stretches_and_reported()
    {
        Assert.Null(Fonts.FindCovering(0xE000, Fonts.Regular)); // private use
        Assert.Null(Fonts.FindCovering(0x13000, Fonts.Regular)); // 𓀀
        var segments = FontChain.Split(Fonts, "甲\uE000乙", Fonts.Regular);
        Assert.Null(segments[1].Font);
        Assert.Equal([0xE000, 0x13000], Fonts.Uncovered([0xE000, 0x13000, 0xD55C, 0x1F600, '中']));
    }

    [Fact]
    public void Fallback_sets_hold_only_what_the_document_draws_with_each_face()
    {
        var document = TestFiles.Read("- [ ] 待办\n- [x] 完成\n\n😀 한 ✅\n");
        var sets = DocumentCharacters.ForFallback(document, Fonts);
        Assert.Equal([0x2610, 0x2611, 0x2612], sets[Face(FontLibrary.SymbolsFamily)]);
        Assert.Equal([0x2705, 0x1F600], sets[Face(FontLibrary.EmojiFamily)]);
        Assert.Equal([0xD55C], sets[Face(FontLibrary.KoreanFamily)]);
        Assert.Empty(DocumentCharacters.ForFallback(TestFiles.ReadSeed(), Fonts));
    }

    [Fact]
    public void Fallback_subsets_keep_their_glyphs()
    {
        var emoji = Face(FontLibrary.EmojiFamily);
        var subset = Fonts.Subset(emoji, [0x1F600, 0x2705]);
        Assert.InRange(subset.Length, 500, 20_000);
        using var data = SkiaSharp.SKData.CreateCopy(subset);
        using var typeface = SkiaSharp.SKTypeface.FromData(data);
        using var font = new SkiaSharp.SKFont(typeface);
        Assert.NotEqual(0, font.GetGlyph(0x1F600));
        Assert.NotEqual(0, font.GetGlyph(0x2705));
        Assert.Equal(0, font.GetGlyph(0x274C));
    }
}
