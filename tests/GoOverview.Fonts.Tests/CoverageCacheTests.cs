using GoOverview.Fonts;
using Xunit;

namespace GoOverview.Fonts.Tests;

/// <summary>FontFile.Covers remembers its answers: asked from many threads at once it still answers as the font's cmap does.</summary>
public sealed class CoverageCacheTests
{
    [Fact]
    public void Remembered_coverage_matches_the_cmap_under_concurrent_questions()
    {
        using var fonts = FontLibrary.LoadBundled();
        var file = fonts.Regular;
        using var reference = new HarfBuzzSharp.Font(file.HarfBuzzFace);
        int[] probes = [.. Enumerable.Range(0, 0x3100), .. Enumerable.Range(0x4E00, 0x5200), 0x1F600, 0x10FFFF];
        var expected = probes.Select(cp => reference.TryGetNominalGlyph((uint)cp, out _)).ToArray();
        Assert.Contains(true, expected);
        Assert.Contains(false, expected);
        for (var round = 0; round < 2; round++) // first round fills the cache, the second reads it
        {
            var answers = new bool[probes.Length];
            Parallel.For(0, probes.Length, i => answers[i] = file.Covers(probes[i]));
            Assert.Equal(expected, answers);
        }
        Assert.False(file.Covers(-1));
        Assert.False(file.Covers(0x110000));
    }
}
