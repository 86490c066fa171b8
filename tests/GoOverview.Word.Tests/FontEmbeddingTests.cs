using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using GoOverview.Word.Tests.Support;
using Blob = HarfBuzzSharp.Blob;
using Face = HarfBuzzSharp.Face;
using Font = DocumentFormat.OpenXml.Wordprocessing.Font;

namespace GoOverview.Word.Tests;

/// <summary>The subset fonts are embedded as obfuscated .odttf parts that de-obfuscate (ECMA-376 §17.8.1) to valid fonts.</summary>
public sealed class FontEmbeddingTests
{
    [Fact]
    public void Settings_keep_embedded_subset_fonts()
    {
        using var doc = WordKit.Open(WordKit.SeedDocx);
        var settings = doc.MainDocumentPart!.DocumentSettingsPart!.Settings!;
        Assert.NotNull(settings.GetFirstChild<EmbedTrueTypeFonts>());
        Assert.NotNull(settings.GetFirstChild<SaveSubsetFonts>());
    }

    [Fact]
    public void Font_table_embeds_regular_and_bold_Noto_with_upper_case_keys()
    {
        using var doc = WordKit.Open(WordKit.SeedDocx);
        var table = doc.MainDocumentPart!.FontTablePart!;
        var noto = table.Fonts!.Elements<Font>().Single(f => f.Name == "Noto Sans SC");
        Assert.Equal("86", noto.FontCharSet!.Val!.Value);
        var embeds = new FontRelationshipType[] { noto.GetFirstChild<EmbedRegularFont>()!, noto.GetFirstChild<EmbedBoldFont>()! };
        foreach (var embed in embeds)
        {
            Assert.NotNull(embed);
            Assert.Matches("^\\{[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}\\}$", embed.FontKey!.Value);
            Assert.True(embed.Subsetted!.Value);
            var part = (FontPart)table.GetPartById(embed.Id!.Value!);
            Assert.Equal("application/vnd.openxmlformats-officedocument.obfuscatedFont", part.ContentType);
            Assert.EndsWith(".odttf", part.Uri.OriginalString);
        }
    }

    [Theory]
    [InlineData("Noto Sans SC", false)]
    [InlineData("Noto Sans SC", true)]
    [InlineData("JetBrains Mono", false)]
    public void Embedded_font_deobfuscates_to_a_valid_subset_TrueType_font(string family, bool bold)
    {
        using var doc = WordKit.Open(WordKit.SeedDocx);
        var table = doc.MainDocumentPart!.FontTablePart!;
        var font = table.Fonts!.Elements<Font>().Single(f => f.Name == family);
        FontRelationshipType embed = bold ? font.GetFirstChild<EmbedBoldFont>()! : font.GetFirstChild<EmbedRegularFont>()!;
        var part = table.GetPartById(embed.Id!.Value!);
        using var stream = part.GetStream();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        var ttf = Deobfuscate(copy.ToArray(), embed.FontKey!.Value!);

        var check = new TrueTypeCheck(ttf);
        Assert.Equal(0x5F0F3CF5u, check.HeadMagic);
        foreach (var required in new[] { "cmap", "glyf", "head", "hhea", "hmtx", "loca", "maxp", "name", "post", "OS/2" })
            Assert.Contains(required, check.Tables);
        Assert.Equal(0, check.FsType); // installable embedding allowed
        Assert.Equal(family, check.Family);

        using var blob = Blob.FromStream(new MemoryStream(ttf));
        using var face = new Face(blob, 0);
        using var hb = new HarfBuzzSharp.Font(face);
        var full = bold ? WordKit.Fonts.Bold : family == "JetBrains Mono" ? WordKit.Fonts.Mono : WordKit.Fonts.Regular;
        foreach (var ch in family == "JetBrains Mono" ? "Golang()" : "区块链Golang概述，。")
            Assert.True(hb.TryGetNominalGlyph(ch, out _), $"subset lacks '{ch}'");
        if (family != "JetBrains Mono")
        {
            Assert.True(full.Covers('鑫'));
            Assert.False(hb.TryGetNominalGlyph('鑫', out _)); // a character the seed does not use: it is a subset
            Assert.True(ttf.Length < full.Data.Length / 10, $"subset is {ttf.Length} bytes");
        }
    }

    /// <summary>ECMA-376 Part 1 §17.8.1, written from the spec text: the key is the GUID string's 16 bytes read from the end.</summary>
    internal static byte[] Deobfuscate(byte[] data, string fontKey)
    {
        var hex = fontKey.Trim('{', '}').Replace("-", "", StringComparison.Ordinal);
        Assert.Equal(32, hex.Length);
        var key = new byte[16];
        for (var i = 0; i < 16; i++) key[i] = byte.Parse(hex.AsSpan(30 - 2 * i, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        var result = (byte[])data.Clone();
        for (var i = 0; i < 32; i++) result[i] ^= key[i % 16];
        return result;
    }
}
