namespace GoOverview.Slides.Planning.Condensing;

/// <summary>
/// Where sentences and clauses end in Chinese (and mixed) text, and how much room text takes on a slide: a CJK or
/// full-width character counts 1, any other visible character ½ (two Latin letters take about one ideograph's width).
/// </summary>
internal static class SentenceText
{
    private const string CjkSentenceEnds = "。！？；…";
    private const string LatinSentenceEnds = ".!?;";
    private const string ClauseEnds = "，：,:";
    private const string Closers = "”’」』）)】》\"'";

    public static double Weight(string text)
    {
        var weight = 0.0;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) || char.IsLowSurrogate(c)) continue;
            weight += IsWide(c) ? 1 : 0.5;
        }
        return weight;
    }

    public static bool IsWide(char c) => c >= '\u2E80' && !(c >= '\uFF61' && c <= '\uFFDC');

    /// <summary>True when the text ends a sentence (after trailing closing quotes and brackets).</summary>
    public static bool EndsSentence(string text)
    {
        var t = text.TrimEnd().TrimEnd(Closers.ToCharArray());
        return t.Length > 0 && (CjkSentenceEnds.Contains(t[^1]) || LatinSentenceEnds.Contains(t[^1]));
    }

    /// <summary>The offsets just after each sentence end (closing quotes and brackets included), in order; the text's end is not included.</summary>
    public static IEnumerable<int> SentenceEnds(string text) => Ends(text, sentences: true);

    /// <summary>The offsets just after each clause or sentence end.</summary>
    public static IEnumerable<int> ClauseOrSentenceEnds(string text) => Ends(text, sentences: false);

    private static IEnumerable<int> Ends(string text, bool sentences)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var end = CjkSentenceEnds.Contains(c)
                || (LatinSentenceEnds.Contains(c) && LatinEnd(text, i))
                || (!sentences && (ClauseEnds.Contains(c) && (c > 0x7F || LatinEnd(text, i))));
            if (!end) continue;
            var j = i + 1;
            while (j < text.Length && (Closers.Contains(text[j]) || CjkSentenceEnds.Contains(text[j]))) j++;
            if (j < text.Length) yield return j;
            i = j - 1;
        }
    }

    /// <summary>A Latin stop ends something only before a space, the end, or a CJK character (not in "1.5", "net/http", "a.b").</summary>
    private static bool LatinEnd(string text, int i) =>
        i + 1 >= text.Length || char.IsWhiteSpace(text[i + 1]) || IsWide(text[i + 1]);
}
