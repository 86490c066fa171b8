using System.Text;

namespace GoOverview.Layout;

/// <summary>
/// The CJK–Latin quarter-em rule of <see cref="CjkSpacing"/> (the PDF's typesetter) for writers that emit text
/// rather than set it (EPUB): where a Han character and a Latin letter or digit touch in the source, a U+2005
/// FOUR-PER-EM SPACE goes between them, so readers without CSS text-autospace show the same gap.
/// </summary>
public static class HanLatinGap
{
    public const char QuarterEmSpace = '\u2005';

    /// <summary>Whether a quarter em belongs between these two code points (0 = nothing before).</summary>
    public static bool Between(int before, int after) => before != 0 && CjkSpacing.IsHanLatinPair(before, after);

    /// <summary>The text with the quarter-em spaces inserted; <paramref name="previous"/> is the code point shown just before it (0 for none).</summary>
    public static string Insert(string text, int previous)
    {
        StringBuilder? result = null;
        var last = previous;
        var copied = 0;
        for (var i = 0; i < text.Length; i += char.IsSurrogatePair(text, i) ? 2 : 1)
        {
            var cp = char.IsSurrogatePair(text, i) ? char.ConvertToUtf32(text, i) : text[i];
            if (Between(last, cp))
            {
                result ??= new StringBuilder(text.Length + 8);
                result.Append(text, copied, i - copied).Append(QuarterEmSpace);
                copied = i;
            }
            last = cp;
        }
        return result is null ? text : result.Append(text, copied, text.Length - copied).ToString();
    }

    /// <summary>The last code point of the text, or <paramref name="otherwise"/> when it is empty.</summary>
    public static int LastCodePoint(string text, int otherwise)
    {
        if (text.Length == 0) return otherwise;
        return text.Length >= 2 && char.IsSurrogatePair(text[^2], text[^1]) ? char.ConvertToUtf32(text[^2], text[^1]) : text[^1];
    }
}
