using Xunit;
using System.Buffers.Binary;
using GoOverview.Fonts.Choice;
using GoOverview.TestSupport;

namespace GoOverview.Fonts.Tests;

/// <summary>--font naming a bundled face, a font file (one face of a collection) or an installed family.</summary>
public sealed class ChosenFontTests
{
    private static string Bundled(string name) => Path.Combine(FontLibrary.FindFontsDirectory(), name);

    [Fact]
    public void A_value_is_a_bundled_face_a_file_or_a_family()
    {
        Assert.Equal(new FontChoice.Bundled(BodyFont.Serif), FontChoice.Parse(" 宋体 "));
        Assert.Equal(new FontChoice.Bundled(BodyFont.Sans), FontChoice.Parse("sans"));
        Assert.Equal(new FontChoice.FromFile("/x/fonts/a.ttf", null), FontChoice.Parse("fonts/a.ttf", "/x"));
        Assert.Equal(new FontChoice.FromFile("/x/b.TTC", 2), FontChoice.Parse("b.TTC#2", "/x"));
        Assert.Equal(new FontChoice.Installed("LXGW WenKai"), FontChoice.Parse("LXGW WenKai"));
        Assert.Null(FontChoice.Parse("  "));
    }

    [Fact]
    public void A_font_file_becomes_the_body_face_of_every_writer()
    {
        var dir = TestFiles.NewTempDirectory("chosen-font");
        var copy = Path.Combine(dir, "MySong.ttf");
        File.Copy(Bundled("NotoSerifSC-Regular.ttf"), copy);
        using var fonts = FontLibrary.Load(FontChoice.Parse(copy)!);
        Assert.True(fonts.HasChosenBody);
        Assert.Equal("Noto Serif SC", fonts.Regular.Family); // from the name table, not the file name
        Assert.Equal(FontLibrary.CjkFamily, fonts.Bold.Family);
        Assert.True(fonts.Subset(fonts.Regular, "中文AB".Select(c => (int)c).ToList()).Length > 1000);
    }

    [Fact]
    public void A_collection_needs_a_face_index_and_the_face_is_cut_from_it()
    {
        var ttc = Collection(Bundled("NotoSansSymbols2-Regular.ttf"), Bundled("NotoSerifSC-Regular.ttf"));
        var whole = Assert.Throws<FontChoiceException>(() => FontLibrary.Load(FontChoice.Parse(ttc)!));
        Assert.Contains("collection of 2 faces", whole.Message);
        Assert.Contains("#1 Noto Serif SC", whole.Message);
        var latin = Assert.Throws<FontChoiceException>(() => FontLibrary.Load(FontChoice.Parse(ttc + "#0")!));
        Assert.Contains("no Chinese characters", latin.Message);
        Assert.Contains("does not exist", Assert.Throws<FontChoiceException>(() => FontLibrary.Load(FontChoice.Parse(ttc + "#7")!)).Message);

        using var fonts = FontLibrary.Load(FontChoice.Parse(ttc + "#1")!);
        Assert.Equal(1, fonts.Regular.FaceIndex);
        Assert.Equal("Noto Serif SC", fonts.Regular.Family);
        var subset = fonts.Subset(fonts.Regular, [0x4E2D, 0x6587]);
        Assert.Equal(0x00010000u, BinaryPrimitives.ReadUInt32BigEndian(subset)); // a plain TrueType font, not the collection
        using var typeface = SkiaSharp.SKTypeface.FromData(SkiaSharp.SKData.CreateCopy(subset));
        Assert.Equal("Noto Serif SC", typeface.FamilyName);
        using var font = new SkiaSharp.SKFont(typeface);
        Assert.NotEqual(0, font.GetGlyph(0x4E2D));
    }

    [Fact]
    public void A_missing_file_or_a_file_that_is_not_a_font_is_refused_with_its_reason()
    {
        var dir = TestFiles.NewTempDirectory("chosen-font");
        Assert.Contains("no such file", Assert.Throws<FontChoiceException>(() => FontLibrary.Load(FontChoice.Parse(Path.Combine(dir, "none.ttf"))!)).Message);
        var text = Path.Combine(dir, "fake.ttf");
        File.WriteAllText(text, "this is not a font at all, just some text");
        Assert.Contains("not a TrueType or OpenType font", Assert.Throws<FontChoiceException>(() => FontLibrary.Load(FontChoice.Parse(text)!)).Message);
    }

    /// <summary>A TrueType collection of the given fonts: a ttcf header, then each font with its table offsets moved.</summary>
    private static string Collection(params string[] fonts)
    {
        var header = 12 + 4 * fonts.Length;
        var output = new MemoryStream();
        output.Write(new byte[header]);
        var offsets = new List<int>();
        foreach (var path in fonts)
        {
            while (output.Length % 4 != 0) output.WriteByte(0);
            var at = (int)output.Length;
            offsets.Add(at);
            var data = File.ReadAllBytes(path);
            var tables = BinaryPrimitives.ReadUInt16BigEndian(data.AsSpan(4));
            for (var i = 0; i < tables; i++)
            {
                var record = data.AsSpan(12 + 16 * i + 8);
                BinaryPrimitives.WriteUInt32BigEndian(record, BinaryPrimitives.ReadUInt32BigEndian(record) + (uint)at);
            }
            output.Write(data);
        }
        var bytes = output.ToArray();
        "ttcf"u8.CopyTo(bytes);
        BinaryPrimitives.WriteUInt32BigEndian(bytes.AsSpan(4), 0x00010000);
        BinaryPrimitives.WriteUInt32BigEndian(bytes.AsSpan(8), (uint)fonts.Length);
        for (var i = 0; i < offsets.Count; i++) BinaryPrimitives.WriteUInt32BigEndian(bytes.AsSpan(12 + 4 * i), (uint)offsets[i]);
        var file = Path.Combine(TestFiles.NewTempDirectory("chosen-font"), "pair.ttc");
        File.WriteAllBytes(file, bytes);
        return file;
    }
}
