using GoOverview.Fonts;
using Xunit;

namespace GoOverview.Fonts.Tests;

/// <summary>
/// Bundled faces are mapped, not read: asking the 6 MB Korean face for one character and cutting a subset of it must
/// not copy the file (it did: HarfBuzz's own file loader reads every byte, about 30 MB per run for the bundled set).
/// </summary>
public sealed class MappedFontTests
{
    /// <summary>Bytes this thread has read with read(2) so far (Linux per-thread I/O accounting), or null elsewhere.</summary>
    private static long? ThreadReadBytes()
    {
        const string path = "/proc/thread-self/io";
        if (!File.Exists(path)) return null;
        var line = File.ReadLines(path).First(l => l.StartsWith("rchar:", StringComparison.Ordinal));
        return long.Parse(line["rchar:".Length..].Trim());
    }

    [Fact]
    public void A_coverage_query_and_a_subset_read_a_few_pages_not_the_whole_font()
    {
        using var fonts = FontLibrary.LoadBundled();
        fonts.SubsetCache = null;
        var korean = fonts.Fallbacks.Single(f => f.Family == FontLibrary.KoreanFamily);
        var fileSize = new FileInfo(korean.Path).Length;
        Assert.True(fileSize > 4_000_000, $"the Korean face is {fileSize} bytes");
        var before = ThreadReadBytes();
        if (before is null) return; // no per-thread accounting (not Linux)

        Assert.True(korean.Covers('한'));
        var subset = fonts.Subset(korean, ['한', '국', '어']);

        var read = ThreadReadBytes()!.Value - before.Value;
        Assert.True(read < fileSize / 10, $"read {read} bytes of a {fileSize}-byte font");
        Assert.InRange(subset.Length, 1_000, 200_000);
    }
}
