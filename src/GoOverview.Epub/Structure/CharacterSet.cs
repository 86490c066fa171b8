namespace GoOverview.Epub.Structure;

/// <summary>The code points the book shows (for the font subset). Thread-confined: one writer run.</summary>
internal sealed class CharacterSet
{
    private readonly SortedSet<int> _codePoints = new();

    public IReadOnlyCollection<int> CodePoints => _codePoints;

    public void Add(string text)
    {
        foreach (var rune in text.EnumerateRunes()) _codePoints.Add(rune.Value);
    }

    public void AddRange(IEnumerable<int> codePoints) => _codePoints.UnionWith(codePoints);
}
