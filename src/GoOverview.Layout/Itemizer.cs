using System.Text;
using GoOverview.Fonts;

namespace GoOverview.Layout;

/// <summary>
/// A stretch of paragraph text with one style and one font: the unit HarfBuzz shapes. A Placeholder item holds
/// characters no bundled font has: each is drawn as <see cref="FontLibrary.Placeholder"/> (□) in Font.
/// </summary>
internal sealed record TextItem(int Start, int End, int RunIndex, FontFile Font, bool Placeholder = false);

/// <summary>The paragraph's runs joined into one string, split into items by style and font coverage.</summary>
internal sealed record ItemizedText(string Text, IReadOnlyList<StyledRun> Runs, IReadOnlyList<TextItem> Items);

/// <summary>
/// Pass 1: join runs and split them where the covering font changes (the run's face first, then FontLibrary's
/// fallback chain, clusters kept whole as <see cref="FontChain"/> does). Characters no font covers become
/// placeholder items (□ in the regular face) and are recorded.
/// </summary>
internal sealed class Itemizer(FontLibrary fonts, ShapingFonts shaping)
{
    // The covering font per preferred face, by code point (one engine is used by one thread).
    private readonly Dictionary<int, FontFile?>[] _covering = [new(), new(), new(), new(), new()];
    private readonly HashSet<int> _missing = new();

    public IReadOnlyCollection<int> Missing
    {
        get
        {
            var sorted = new int[_missing.Count];
            _missing.CopyTo(sorted);
            Array.Sort(sorted);
            return sorted;
        }
    }

    public ItemizedText Itemize(IReadOnlyList<StyledRun> runs)
    {
        var text = new StringBuilder();
        var items = new List<TextItem>();
        for (var r = 0; r < runs.Count; r++)
        {
            var runText = runs[r].Text.Replace('\t', ' ').Replace("\r\n", "\n").Replace('\r', '\n');
            var offset = text.Length;
            text.Append(runText);
            var preferred = FaceOf(runs[r].Face);
            if (runs[r].Box is not null)
            {
                if (runText.Length > 0) items.Add(new TextItem(offset, text.Length, r, preferred));
                continue;
            }
            var itemStart = offset;
            FontFile? current = null;
            var placeholder = false;
            var joined = false;
            for (var i = 0; i < runText.Length;)
            {
                var cp = CharClasses.CodePointAt(runText, i);
                var length = cp > 0xFFFF ? 2 : 1;
                var (font, missing) = CoveringFont(cp, preferred, current, placeholder, joined, FontChain.EmojiPresentationAt(runText, i + length));
                if (current is not null && (font != current || missing != placeholder))
                {
                    items.Add(new TextItem(itemStart, offset + i, r, current, placeholder));
                    itemStart = offset + i;
                }
                current = font;
                placeholder = missing;
                joined = cp == FontChain.ZeroWidthJoiner;
                i += length;
            }
            if (current is not null) items.Add(new TextItem(itemStart, text.Length, r, current, placeholder));
        }
        return new ItemizedText(text.ToString(), runs, items);
    }

    /// <summary>The fallback chain's font, skipping faces whose shaping subset lacks the character.</summary>
    private FontFile? Available(int cp, FontFile preferred)
    {
        var found = fonts.FindCovering(cp, preferred);
        if (found is null || shaping.Has(found, cp)) return found;
        foreach (var f in fonts.All)
            if (f != found && f.Covers(cp) && shaping.Has(f, cp)) return f;
        return found;
    }

    private FontFile FaceOf(FaceKind face) => face switch
    {
        FaceKind.Bold => fonts.Bold,
        FaceKind.Mono => fonts.Mono,
        FaceKind.MonoBold => fonts.MonoBold,
        FaceKind.MonoItalic => fonts.MonoItalic,
        _ => fonts.Regular,
    };

    /// <summary>The face for <paramref name="cp"/>, and whether it is a missing character drawn as the placeholder.</summary>
    private (FontFile Font, bool Missing) CoveringFont(int cp, FontFile preferred, FontFile? current, bool currentMissing, bool afterJoiner,
        bool emoji)
    {
        // Spaces, controls and combining marks stay in the current item so runs are not split needlessly;
        // selectors, joiners and emoji modifiers always go with their base (HarfBuzz hides them if the face lacks them).
        if (current is not null && (afterJoiner || FontChain.ExtendsCluster(cp))) return (current, currentMissing);
        // A fallback face's space may be far wider (Noto Emoji's is 1.27 em): spaces after it go back to the run's face.
        if (current is not null && cp is ' ' or '\n' && current.Role != FontRole.Fallback && current.Covers(cp)) return (current, false);
        if (current is not null && (FontLibrary.IsIgnorable(cp) || CharClasses.Classify(cp) == BreakClass.Attached) &&
            current.Covers(cp)) return (current, currentMissing);
        if (cp == '\n') return (current ?? preferred, false);
        FontFile? found;
        if (emoji) found = fonts.FindCovering(cp, preferred, emojiPresentation: true);
        else
        {
            var cache = _covering[(int)preferred.Role];
            if (!cache.TryGetValue(cp, out found))
            {
                found = Available(cp, preferred);
                cache[cp] = found;
            }
        }
        if (found is not null) return (found, false);
        if (FontLibrary.IsIgnorable(cp)) return (preferred, false);
        _missing.Add(cp);
        return (fonts.Regular, true);
    }
}
