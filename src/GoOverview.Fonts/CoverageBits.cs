namespace GoOverview.Fonts;

/// <summary>
/// A remembered yes/no per code point, read without a lock: two bits per code point (known, covered), the covered
/// bit published before the known bit. Pages of 4096 code points are allocated when first written.
/// </summary>
internal sealed class CoverageBits(int size)
{
    private const int PageBits = 12;
    private const int WordsPerPage = (1 << PageBits) / 32;

    private readonly int[]?[] _known = new int[]?[(size >> PageBits) + 1];
    private readonly int[]?[] _covered = new int[]?[(size >> PageBits) + 1];

    public bool TryGet(int codePoint, out bool covered)
    {
        covered = false;
        var page = codePoint >> PageBits;
        var known = Volatile.Read(ref _known[page]);
        if (known is null) return false;
        var (word, mask) = Slot(codePoint);
        if ((Volatile.Read(ref known[word]) & mask) == 0) return false;
        covered = (Volatile.Read(ref _covered[page]![word]) & mask) != 0;
        return true;
    }

    /// <summary>Records an answer; callers serialise writes.</summary>
    public void Set(int codePoint, bool covered)
    {
        var page = codePoint >> PageBits;
        var coveredPage = _covered[page] ??= new int[WordsPerPage];
        var knownPage = _known[page];
        if (knownPage is null)
        {
            knownPage = new int[WordsPerPage];
            Volatile.Write(ref _known[page], knownPage);
        }
        var (word, mask) = Slot(codePoint);
        if (covered) Interlocked.Or(ref coveredPage[word], mask);
        Interlocked.Or(ref knownPage[word], mask);
    }

    private static (int Word, int Mask) Slot(int codePoint) => ((codePoint & ((1 << PageBits) - 1)) >> 5, 1 << (codePoint & 31));
}
