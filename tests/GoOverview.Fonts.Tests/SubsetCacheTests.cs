using GoOverview.Fonts;
using GoOverview.Model.Files;
using Xunit;

namespace GoOverview.Fonts.Tests;

/// <summary>A repeat run reads its font subsets from the content cache instead of cutting them again.</summary>
public sealed class SubsetCacheTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "gooverview-subset-cache-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public void A_second_run_reads_the_identical_subset_and_cuts_nothing()
    {
        int[] characters = ['G', 'o', '语', '言', 0x2192];
        using var first = FontLibrary.LoadBundled();
        first.SubsetCache = new ContentCache(_folder);
        var cut = first.Subset(first.Regular, characters);
        Assert.Equal(1, first.SubsetsCut);

        using var second = FontLibrary.LoadBundled();
        second.SubsetCache = new ContentCache(_folder);
        Assert.Equal(cut, second.Subset(second.Regular, characters.Reverse().ToArray()));
        Assert.Equal(0, second.SubsetsCut);

        // Another face or another character set is another entry.
        second.Subset(second.Bold, characters);
        second.Subset(second.Regular, ['G']);
        Assert.Equal(2, second.SubsetsCut);
        Assert.Equal(3, Directory.GetFiles(_folder).Length);
    }

    [Fact]
    public void Without_a_cache_every_run_cuts_its_subsets()
    {
        using var fonts = FontLibrary.LoadBundled();
        fonts.SubsetCache = null;
        fonts.Subset(fonts.Regular, ['a']);
        using var again = FontLibrary.LoadBundled();
        again.SubsetCache = null;
        again.Subset(again.Regular, ['a']);
        Assert.Equal(1, again.SubsetsCut);
    }
}
