using System.Globalization;
using System.Text;
using GoOverview.Layout;

namespace GoOverview.Epub.Pages;

/// <summary>
/// Greedy line breaking for the cover: Han characters break anywhere, Latin words only at spaces, and the
/// closing punctuation that must not start a line (the shared <see cref="Kinsoku"/> table) stays on the line before.
/// </summary>
internal static class TextWrap
{
    public static List<string> Lines(string text, float maxWidth, Func<string, float> measure)
    {
        var lines = new List<string>();
        var line = new StringBuilder();
        foreach (var piece in Pieces(text))
        {
            var candidate = line + piece;
            var startsForbidden = piece.Length > 0 && Rune.DecodeFromUtf16(piece, out var first, out _) == System.Buffers.OperationStatus.Done && Kinsoku.MayNotStartLine(first.Value);
            if (line.Length > 0 && measure(candidate.TrimEnd()) > maxWidth && !startsForbidden)
            {
                lines.Add(line.ToString().TrimEnd());
                line.Clear();
                if (piece.Trim().Length == 0) continue;
            }
            line.Append(piece);
        }
        if (line.ToString().Trim().Length > 0) lines.Add(line.ToString().TrimEnd());
        return lines;
    }

    /// <summary>Runs of Latin letters/digits stay together; every other character is its own piece.</summary>
    private static IEnumerable<string> Pieces(string text)
    {
        var word = new StringBuilder();
        foreach (var element in EnumerateElements(text))
        {
            if (element.Length == 1 && char.IsAscii(element[0]) && char.IsLetterOrDigit(element[0]))
            {
                word.Append(element);
                continue;
            }
            if (word.Length > 0)
            {
                yield return word.ToString();
                word.Clear();
            }
            yield return element;
        }
        if (word.Length > 0) yield return word.ToString();
    }

    private static IEnumerable<string> EnumerateElements(string text)
    {
        var e = StringInfo.GetTextElementEnumerator(text);
        while (e.MoveNext()) yield return (string)e.Current;
    }
}
