using System.Globalization;

namespace GoOverview.Pdf.Flow;

/// <summary>Ids of footnote anchors: the note at the page foot, and the (first) reference to it in the text.</summary>
internal static class FootnoteIds
{
    private const string NotePrefix = "\u0001fn-";

    public static string Note(int number) => NotePrefix + number.ToString(CultureInfo.InvariantCulture);

    public static string Reference(int number) => "\u0001fnref-" + number.ToString(CultureInfo.InvariantCulture);

    /// <summary>The note number a link ("#" + <see cref="Note"/>) points at, else null.</summary>
    public static int? NoteNumberOfLink(string? link) =>
        link is not null && link.StartsWith("#" + NotePrefix, StringComparison.Ordinal) &&
        int.TryParse(link.AsSpan(NotePrefix.Length + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;
}
