using System.Text;
using GoOverview.Model;

namespace GoOverview.Word.Tests.Support;

/// <summary>The visible text of a model, as pieces to look for in what a reader extracts (whitespace ignored).</summary>
internal static class SourceText
{
    public static List<string> Pieces(Document document) =>
        DocumentWalker.AllBlocks(document)
            .Where(b => b is not (BulletList or OrderedList or BlockQuote or Div or FootnoteDefinition))
            .SelectMany(b => PlainText.Of(b).Split('\n'))
            .Select(Normalize)
            .Where(s => s.Length > 0)
            .ToList();

    private const string SuperscriptDigits = "⁰¹²³⁴⁵⁶⁷⁸⁹";
    private const string SubscriptDigits = "₀₁₂₃₄₅₆₇₈₉";

    /// <summary>
    /// The text without any whitespace (line wrapping and justification differ between readers), with super- and
    /// subscript digits as plain digits (pandoc writes H₂O for H&lt;sub&gt;2&lt;/sub&gt;O; the tests run with invariant globalization,
    /// so string.Normalize cannot be relied on for that).
    /// </summary>
    public static string Normalize(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var ch in text)
        {
            if (char.IsWhiteSpace(ch)) continue;
            var digit = SuperscriptDigits.IndexOf(ch);
            if (digit < 0) digit = SubscriptDigits.IndexOf(ch);
            sb.Append(digit >= 0 ? (char)('0' + digit) : ch);
        }
        return sb.ToString();
    }

    /// <param name="ignored">Characters a reader adds as markup (e.g. pandoc's plain "~~strike~~"), removed from both sides.</param>
    public static List<string> Missing(Document document, string extracted, string ignored = "")
    {
        var haystack = Strip(Normalize(extracted), ignored);
        return Pieces(document).Select(p => Strip(p, ignored)).Where(p => !haystack.Contains(p, StringComparison.Ordinal)).ToList();
    }

    /// <summary>
    /// PDF text without the running header (the title) and footer ("第 3 页 / 共 16 页") lines that split
    /// paragraphs at page ends. The first page is the title page, which has neither.
    /// </summary>
    public static string WithoutHeaderAndFooter(string pdfText, string title)
    {
        var kept = new List<string>();
        var lines = pdfText.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            // The header's chapter field is cached blank, so LibreOffice shows the title alone.
            var isPageHeader = i > 0 && lines[i].StartsWith('\f') && Normalize(lines[i]) == Normalize(title);
            var isPageFooter = System.Text.RegularExpressions.Regex.IsMatch(lines[i].Trim('\f', ' '), @"^(第 \d+ 页 / 共 \d+ 页|Page \d+ of \d+|\d+ / \d+)$");
            if (!isPageHeader && !isPageFooter) kept.Add(lines[i]);
        }
        return string.Join("\n", kept);
    }

    private static string Strip(string text, string ignored) =>
        ignored.Length == 0 ? text : string.Concat(text.Where(ch => !ignored.Contains(ch)));
}
