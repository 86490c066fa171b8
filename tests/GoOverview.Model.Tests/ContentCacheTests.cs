using GoOverview.Model.Files;
using Xunit;

namespace GoOverview.Model.Tests;

public sealed class ContentCacheTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "gooverview-cache-test-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public void A_stored_value_reads_back_and_an_unknown_key_misses()
    {
        var cache = new ContentCache(_folder);
        var key = ContentCache.Key("test", "a");
        Assert.Null(cache.Get(key));
        cache.Put(key, [1, 2, 3]);
        Assert.Equal([1, 2, 3], new ContentCache(_folder).Get(key));
        Assert.Null(cache.Get(ContentCache.Key("test", "b")));
    }

    [Fact]
    public void Keys_depend_on_kind_every_part_and_where_parts_split()
    {
        Assert.Equal(ContentCache.Key("k", "ab", "c"), ContentCache.Key("k", "ab", "c"));
        Assert.NotEqual(ContentCache.Key("k", "ab", "c"), ContentCache.Key("k", "a", "bc"));
        Assert.NotEqual(ContentCache.Key("k", "ab"), ContentCache.Key("j", "ab"));
        Assert.StartsWith("k-", ContentCache.Key("k", "x"));
    }

    [Fact]
    public void Concurrent_writers_and_readers_never_see_half_an_entry()
    {
        var cache = new ContentCache(_folder);
        var key = ContentCache.Key("test", "big");
        var values = Enumerable.Range(0, 4).Select(i => Enumerable.Repeat((byte)(i + 1), 512 * 1024).ToArray()).ToArray();
        var seen = 0;
        Parallel.For(0, 64, i =>
        {
            if (i % 2 == 0)
            {
                cache.Put(key, values[i % values.Length]);
                return;
            }
            if (cache.Get(key) is not { } read) return;
            Assert.Contains(values, v => v.AsSpan().SequenceEqual(read));
            Interlocked.Increment(ref seen);
        });
        Assert.NotNull(cache.Get(key));
        Assert.Empty(Directory.GetFiles(_folder, "*.tmp"));
    }

    [Fact]
    public void The_folder_is_trimmed_to_its_size_bound_keeping_the_newest_entries()
    {
        var cache = new ContentCache(_folder, maxBytes: 10_000);
        var keys = new List<string>();
        for (var i = 0; i < 10; i++)
        {
            var key = ContentCache.Key("test", i.ToString());
            cache.Put(key, new byte[3_000]);
            File.SetLastWriteTimeUtc(Path.Combine(_folder, key), DateTime.UtcNow.AddMinutes(i - 10));
            keys.Add(key);
        }
        cache.Trim();
        Assert.True(Directory.GetFiles(_folder).Sum(f => new FileInfo(f).Length) <= 10_000);
        Assert.NotNull(cache.Get(keys[^1]));
        Assert.Null(cache.Get(keys[0]));
    }

    [Fact]
    public void An_unusable_folder_only_means_misses()
    {
        Directory.CreateDirectory(_folder);
        var blocker = Path.Combine(_folder, "a-file");
        File.WriteAllText(blocker, "not a folder");
        var cache = new ContentCache(blocker);
        var key = ContentCache.Key("test", "x");
        cache.Put(key, [1]);
        Assert.Null(cache.Get(key));
        cache.Trim();
    }
}
