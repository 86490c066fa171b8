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

    /// <summary>NFKC without any whitespace (line wrapping and justification differ between readers).</summary>
    public static string Normalize(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var ch in text.Normalize(NormalizationForm.FormKC))
        {
            if (!char.IsWhiteSpace(ch)) sb.Append(ch);
        }
        return sb.ToString();
    }

    public static List<string> Missing(Document document, string extracted)
    {
        var haystack = Normalize(extracted);
        return Pieces(document).Where(p => !haystack.Contains(p, StringComparison.Ordinal)).ToList();
    }
}
