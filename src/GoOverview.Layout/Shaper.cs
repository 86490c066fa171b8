using HarfBuzzSharp;

namespace GoOverview.Layout;

/// <summary>One item after shaping: glyph ids and positions in points, and each glyph's UTF-16 cluster index.</summary>
internal sealed class ShapedItem
{
    public required TextItem Item { get; init; }
    public required StyledRun Run { get; init; }
    public required ShapingFace Face { get; init; }
    public required ushort[] Glyphs { get; init; }
    public required float[] Advances { get; init; }
    public required float[] OffsetX { get; init; }
    public required float[] OffsetY { get; init; }
    public required int[] CharIndex { get; init; }

    /// <summary>An item with room for <paramref name="glyphCount"/> glyphs, to be filled in.</summary>
    public static ShapedItem Empty(TextItem item, StyledRun run, ShapingFace face, int glyphCount) => new()
    {
        Item = item,
        Run = run,
        Face = face,
        Glyphs = new ushort[glyphCount],
        Advances = new float[glyphCount],
        OffsetX = new float[glyphCount],
        OffsetY = new float[glyphCount],
        CharIndex = new int[glyphCount],
    };
}

/// <summary>Pass 2: shape each item with HarfBuzz (its own buffer, the whole paragraph as context).</summary>
internal static class Shaper
{
    private static readonly Language Chinese = new("zh-Hans");

    /// <summary>Code is printed as typed: JetBrains Mono's ligatures would turn Go's "&lt;-" and "!=" into arrows and signs.</summary>
    private static readonly Feature[] NoLigatures = [Feature.Parse("calt=0"), Feature.Parse("liga=0")];

    public static List<ShapedItem> Shape(ItemizedText text, ShapingFonts fonts)
    {
        var result = new List<ShapedItem>(text.Items.Count);
        using var buffer = new HarfBuzzSharp.Buffer();
        foreach (var item in text.Items)
        {
            var run = text.Runs[item.RunIndex];
            var face = fonts.FaceOf(item.Font);
            if (run.Box is { } box)
            {
                result.Add(BoxItem(item, run, face, box));
                continue;
            }
            if (item.Placeholder)
            {
                result.Add(PlaceholderItem(text.Text, item, run, face));
                continue;
            }
            buffer.ClearContents();
            buffer.AddUtf16(text.Text.AsSpan(), item.Start, item.End - item.Start);
            buffer.Direction = Direction.LeftToRight;
            buffer.Language = Chinese;
            buffer.GuessSegmentProperties();
            if (item.Font.Role is GoOverview.Fonts.FontRole.Mono or GoOverview.Fonts.FontRole.MonoBold or GoOverview.Fonts.FontRole.MonoItalic)
                face.Font.Shape(buffer, NoLigatures);
            else face.Font.Shape(buffer);
            var infos = buffer.GetGlyphInfoSpan();
            var positions = buffer.GetGlyphPositionSpan();
            var scale = run.Size / face.UnitsPerEm;
            var n = infos.Length;
            var shaped = ShapedItem.Empty(item, run, face, n);
            for (var g = 0; g < n; g++)
            {
                shaped.Glyphs[g] = (ushort)infos[g].Codepoint;
                shaped.CharIndex[g] = (int)infos[g].Cluster;
                shaped.Advances[g] = positions[g].XAdvance * scale;
                shaped.OffsetX[g] = positions[g].XOffset * scale;
                shaped.OffsetY[g] = positions[g].YOffset * scale;
            }
            result.Add(shaped);
        }
        return result;
    }

    /// <summary>
    /// Characters no bundled font has: one □ per character (marks, selectors and joiners add nothing), each mapped back to
    /// its character so the PDF's text layer still holds the original.
    /// </summary>
    private static ShapedItem PlaceholderItem(string text, TextItem item, StyledRun run, ShapingFace face)
    {
        face.Font.TryGetNominalGlyph(GoOverview.Fonts.FontLibrary.Placeholder, out var glyph);
        var advance = face.Font.GetHorizontalGlyphAdvance(glyph) * (run.Size / face.UnitsPerEm);
        var starts = new List<int>();
        for (var i = item.Start; i < item.End;)
        {
            var cp = CharClasses.CodePointAt(text, i);
            if (!GoOverview.Fonts.FontLibrary.IsIgnorable(cp) && CharClasses.Classify(cp) != BreakClass.Attached) starts.Add(i);
            i += cp > 0xFFFF ? 2 : 1;
        }
        if (starts.Count == 0) starts.Add(item.Start);
        var shaped = ShapedItem.Empty(item, run, face, starts.Count);
        for (var g = 0; g < starts.Count; g++)
        {
            shaped.Glyphs[g] = (ushort)glyph;
            shaped.CharIndex[g] = starts[g];
            shaped.Advances[g] = advance;
        }
        return shaped;
    }

    /// <summary>An inline object: one placeholder glyph (never drawn) as wide as the box, per character of the item.</summary>
    private static ShapedItem BoxItem(TextItem item, StyledRun run, ShapingFace face, InlineBox box)
    {
        var n = item.End - item.Start;
        var shaped = ShapedItem.Empty(item, run, face, n);
        for (var g = 0; g < n; g++)
        {
            shaped.CharIndex[g] = item.Start + g;
            shaped.Advances[g] = box.Width;
        }
        return shaped;
    }
}
