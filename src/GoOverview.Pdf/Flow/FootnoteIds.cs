namespace GoOverview.Pdf.Flow;

/// <summary>Ids of footnote anchors (the note at the end, the reference in the text).</summary>
internal static class FootnoteIds
{
    public static string Note(int number) => "\u0001fn-" + number;
}
