using System.Collections.Immutable;
using System.Text;
using GoOverview.Model;

namespace GoOverview.Markdown.Transforms;

/// <summary>
/// A line break inside a Chinese paragraph is not a space: a SoftBreak between two CJK characters disappears.
/// Between Latin words (or CJK next to Latin) it stays, and writers render it as a space.
/// </summary>
internal static class CjkSoftBreak
{
    public static ImmutableArray<Inline> Apply(ImmutableArray<Inline> inlines)
    {
        if (!inlines.Any(i => i is SoftBreak)) return inlines;
        var result = ImmutableArray.CreateBuilder<Inline>(inlines.Length);
        for (var i = 0; i < inlines.Length; i++)
        {
            if (inlines[i] is SoftBreak && Before(inlines, i) is { } before && After(inlines, i) is { } after
                && CjkCharacters.IsCjk(before) && CjkCharacters.IsCjk(after))
                continue;
            result.Add(inlines[i]);
        }
        return result.ToImmutable();
    }

    private static Rune? Before(ImmutableArray<Inline> inlines, int index)
    {
        for (var i = index - 1; i >= 0; i--)
        {
            var (rune, stop) = LastRune(inlines[i]);
            if (rune is not null || stop) return rune;
        }
        return null;
    }

    private static Rune? After(ImmutableArray<Inline> inlines, int index)
    {
        for (var i = index + 1; i < inlines.Length; i++)
        {
            var (rune, stop) = FirstRune(inlines[i]);
            if (rune is not null || stop) return rune;
        }
        return null;
    }

    /// <summary>The last visible character of an inline; stop = something visible but not a character (image…).</summary>
    private static (Rune? Rune, bool Stop) LastRune(Inline inline)
    {
        switch (inline)
        {
            case Text t: return t.Value.Length == 0 ? (null, false) : (Last(t.Value), false);
            case Code c: return c.Text.Length == 0 ? (null, false) : (Last(c.Text), false);
            case RawInline: return (null, false);
        }
        var children = DocumentWalker.ChildInlines(inline);
        if (children.IsDefaultOrEmpty) return (null, true);
        for (var i = children.Length - 1; i >= 0; i--)
        {
            var found = LastRune(children[i]);
            if (found.Rune is not null || found.Stop) return found;
        }
        return (null, false);
    }

    private static (Rune? Rune, bool Stop) FirstRune(Inline inline)
    {
        switch (inline)
        {
            case Text t: return t.Value.Length == 0 ? (null, false) : (First(t.Value), false);
            case Code c: return c.Text.Length == 0 ? (null, false) : (First(c.Text), false);
            case RawInline: return (null, false);
        }
        var children = DocumentWalker.ChildInlines(inline);
        if (children.IsDefaultOrEmpty) return (null, true);
        foreach (var child in children)
        {
            var found = FirstRune(child);
            if (found.Rune is not null || found.Stop) return found;
        }
        return (null, false);
    }

    /// <summary>Lone surrogates decode as U+FFFD (not CJK), never throw.</summary>
    private static Rune First(string s)
    {
        Rune.DecodeFromUtf16(s, out var rune, out _);
        return rune;
    }

    private static Rune Last(string s)
    {
        Rune.DecodeLastFromUtf16(s, out var rune, out _);
        return rune;
    }
}
