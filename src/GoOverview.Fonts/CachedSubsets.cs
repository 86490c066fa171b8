using GoOverview.Model.Files;

namespace GoOverview.Fonts;

/// <summary>
/// Font subsets in the <see cref="ContentCache"/>, keyed by the font file (path, size, modification time), the
/// character set, whether ligatures are dropped, and the build of HarfBuzzSharp's native library: a repeat build of
/// an unchanged document reads its subsets instead of cutting them.
/// </summary>
internal static class CachedSubsets
{
    private static readonly string HarfBuzzBuild = typeof(HarfBuzzSharp.Blob).Assembly.GetName().Version?.ToString() ?? "";

    public static byte[] GetOrCut(ContentCache? cache, FontFile font, int[] sortedCodePoints, Func<byte[]> cut)
    {
        if (cache is null) return cut();
        var file = new FileInfo(font.Path);
        if (!file.Exists) return cut();
        var key = ContentCache.Key("subset", HarfBuzzBuild, font.Path, file.Length.ToString(), file.LastWriteTimeUtc.Ticks.ToString(),
            font.Role.ToString(), font.FaceIndex.ToString(), string.Join(",", sortedCodePoints));
        if (cache.Get(key) is { Length: > 0 } cached) return cached;
        var subset = cut();
        cache.Put(key, subset);
        return subset;
    }
}
