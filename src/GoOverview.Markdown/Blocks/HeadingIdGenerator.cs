using System.Globalization;
using System.Text;

namespace GoOverview.Markdown.Blocks;

/// <summary>
/// Makes unique heading ids that keep Chinese text: letters (any script, Latin lower-cased) and digits stay,
/// whitespace becomes '-', punctuation and symbols go. Ids are valid XML ids (EPUB): one that would start with a
/// digit or other non-letter gets the prefix "h-", an empty one becomes "section". Repeats get "-1", "-2"…
/// </summary>
internal sealed class HeadingIdGenerator
{
    private readonly HashSet<string> _used = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _nextSuffix = new(StringComparer.Ordinal);

    public string Next(string headingText) => Reserve(Slug(headingText));

    /// <summary>Registers an id (given by {#id} or generated) and returns it, suffixed if it is taken already.</summary>
    public string Reserve(string id)
    {
        if (_used.Add(id)) return id;
        for (var n = _nextSuffix.GetValueOrDefault(id, 1); ; n++)
        {
            var candidate = $"{id}-{n}";
            if (!_used.Add(candidate)) continue;
            _nextSuffix[id] = n + 1;
            return candidate;
        }
    }

    public static string Slug(string text)
    {
        var sb = new StringBuilder(text.Length);
        var pendingDash = false;
        foreach (var rune in text.EnumerateRunes())
        {
            var category = Rune.GetUnicodeCategory(rune);
            if (Rune.IsLetter(rune) || Rune.IsDigit(rune) || category is UnicodeCategory.NonSpacingMark
                    or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.LetterNumber)
            {
                if (pendingDash && sb.Length > 0) sb.Append('-');
                pendingDash = false;
                sb.Append(Rune.ToLowerInvariant(rune).ToString());
            }
            else if (Rune.IsWhiteSpace(rune) || rune.Value is '-' or '_' or '.')
            {
                pendingDash = true;
            }
        }
        var slug = sb.ToString();
        if (slug.Length == 0) return "section";
        return IsNameStart(slug[0]) ? slug : "h-" + slug;
    }

    private static bool IsNameStart(char c) => char.IsLetter(c) || c == '_';
}
