using GoOverview.Fonts;
using GoOverview.Model.Diagnostics;
using GoOverview.TestSupport;
using SkiaSharp;
using Xunit;

namespace GoOverview.Fonts.Tests;

public sealed class SubsetTests
{
    private static readonly FontLibrary Fonts = FontLibrary.LoadBundled();

    private static bool Has(SKTypeface typeface, int codePoint)
    {
        using var font = new SKFont(typeface);
        return font.GetGlyph(codePoint) != 0;
    }

    private static SortedSet<int> SeedCharacters() => DocumentCharacters.Collect(TestFiles.ReadSeed());

    [Fact]
    public void Seed_subset_of_Noto_Sans_SC_loads_in_Skia_covers_every_character_and_is_small()
    {
        var characters = SeedCharacters();
        Assert.True(characters.Count > 800, $"the seed shows {characters.Count} distinct characters");

        var subset = Fonts.Subset(Fonts.Regular, characters);

        Assert.InRange(subset.Length, 10_000, 400 * 1024);
        using var data = SKData.CreateCopy(subset);
        using var typeface = SKTypeface.FromData(data);
        Assert.NotNull(typeface);
        Assert.Equal("Noto Sans SC", typeface.FamilyName);
        var missing = characters.Where(cp => !FontLibrary.IsIgnorable(cp) && cp != ' ' && Fonts.Regular.Covers(cp) && !Has(typeface, cp)).ToList();
        Assert.Empty(missing);
        var uncoveredByAnyFont = characters.Where(cp => !Fonts.Regular.Covers(cp) && !FontLibrary.IsIgnorable(cp)).ToList();
        Assert.Empty(uncoveredByAnyFont);
    }

    [Fact]
    public void Subset_keeps_only_requested_characters()
    {
        var subset = HbSubset.Subset(Fonts.Regular.Data, "中文AB".EnumerateRunes().Select(r => r.Value));
        using var typeface = SKTypeface.FromData(SKData.CreateCopy(subset));
        Assert.True(Has(typeface, '中'));
        Assert.True(Has(typeface, 'B'));
        Assert.False(Has(typeface, '国'));
        Assert.False(Has(typeface, 'Z'));
        Assert.True(subset.Length < 20_000, $"a 4-character subset is {subset.Length} bytes");
    }

    [Fact]
    public void Bold_face_is_a_real_bold_font_file()
    {
        using var typeface = SKTypeface.FromData(SKData.CreateCopy(Fonts.Subset(Fonts.Bold, [(int)'粗'])));
        Assert.Equal((int)SKFontStyleWeight.Bold, typeface.FontStyle.Weight);
    }

    [Fact]
    public void Subsets_are_cached_per_font_and_character_set()
    {
        var a = Fonts.Subset(Fonts.Regular, [(int)'甲', (int)'乙']);
        var b = Fonts.Subset(Fonts.Regular, [(int)'乙', (int)'甲']);
        Assert.Same(a, b);
    }

    [Fact]
    public void Characters_no_bundled_font_has_are_reported_once_with_their_code_points()
    {
        var diagnostics = new DiagnosticBag();
        var document = TestFiles.Read("楔形文字 𒀀 和 线形文字 𐀀");
        DocumentCharacters.ReportUncovered(document, Fonts, diagnostics);
        DocumentCharacters.ReportUncovered(document, Fonts, diagnostics);
        var warning = Assert.Single(diagnostics.Items);
        Assert.Equal("font-coverage", warning.Code);
        Assert.Contains("U+12000", warning.Message);
        Assert.Contains("U+10000", warning.Message);
        Assert.DoesNotContain("U+6587", warning.Message);
    }

    [Fact]
    public void Fallback_chain_finds_CJK_for_code_and_bold_for_regular()
    {
        Assert.Same(Fonts.Mono, Fonts.FindCovering('x', Fonts.Mono));
        Assert.Same(Fonts.Regular, Fonts.FindCovering('中', Fonts.Mono));
        Assert.Same(Fonts.Bold, Fonts.FindCovering('中', Fonts.Bold));
        Assert.Null(Fonts.FindCovering(0x12000, Fonts.Regular));
    }
}

public sealed class EmbeddingSetTests
{
    [Fact]
    public void Embedding_set_covers_text_links_ascii_and_furniture_and_is_computed_once()
    {
        var document = TestFiles.Read("# 标题\n\n正文[链接](https://example.com/路径)。\n\n![图说明](x.png)\n");
        var set = DocumentCharacters.ForEmbedding(document);
        Assert.Same(set, DocumentCharacters.ForEmbedding(document));
        foreach (var c in "标题正文链接路径图说明" + "ABCxyz019~" + "目录第页共续") Assert.Contains((int)c, set);
        Assert.DoesNotContain((int)'\n', set);
    }

    [Fact]
    public void Extra_characters_widen_the_set_only_when_they_are_new()
    {
        var document = TestFiles.Read("正文\n");
        var shared = DocumentCharacters.ForEmbedding(document);
        Assert.Same(shared, DocumentCharacters.ForEmbedding(document, "正文目录".EnumerateRunes().Select(r => r.Value)));
        var widened = DocumentCharacters.ForEmbedding(document, [(int)'鑫']);
        Assert.NotSame(shared, widened);
        Assert.Contains((int)'鑫', widened);
        Assert.DoesNotContain((int)'鑫', shared);
    }
}
