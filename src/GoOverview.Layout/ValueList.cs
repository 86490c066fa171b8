namespace GoOverview.Layout;

/// <summary>
/// A minimal growable array for value types (clusters, line ranges, positions). Why not List&lt;T&gt;: ReadyToRun
/// cannot precompile the framework's List&lt;T&gt; over our structs (or float), so each first use of such a list
/// is JIT-compiled at start-up; this type lives in our assembly and is precompiled with it.
/// </summary>
internal sealed class ValueList<T>(int capacity = 8) where T : struct
{
    private T[] _items = new T[Math.Max(capacity, 1)];

    public int Count { get; private set; }

    public ref T this[int index]
    {
        get
        {
            if ((uint)index >= (uint)Count) throw new ArgumentOutOfRangeException(nameof(index));
            return ref _items[index];
        }
    }

    public void Add(T item)
    {
        if (Count == _items.Length)
        {
            var grown = new T[_items.Length * 2];
            Array.Copy(_items, grown, Count);
            _items = grown;
        }
        _items[Count++] = item;
    }

    public void Clear() => Count = 0;

    /// <summary>Keeps the first <paramref name="count"/> items.</summary>
    public void Truncate(int count)
    {
        if ((uint)count > (uint)Count) throw new ArgumentOutOfRangeException(nameof(count));
        Count = count;
    }

    public T[] ToArray()
    {
        var result = new T[Count];
        Array.Copy(_items, result, Count);
        return result;
    }
}
