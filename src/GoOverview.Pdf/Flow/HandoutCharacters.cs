using GoOverview.Fonts;
using GoOverview.Model;
using GoOverview.Pdf.Drawing;

namespace GoOverview.Pdf.Flow;

/// <summary>Every character the handout may draw — the set the fonts are subset to before shaping.</summary>
internal static class HandoutCharacters
{
    private const string Generated = "•◦▪☑☐.)目录注释[]…abcdefghijklmnopqrstuvwxyz";

    public static SortedSet<int> Collect(Document document, string title)
    {
        var set = DocumentCharacters.Collect(document);
        for (var c = 0x20; c < 0x7F; c++) set.Add(c);
        DocumentCharacters.Add(set, Generated + PageFurniture.Characters + TocBuilder.Title + title);
        foreach (var inline in DocumentWalker.AllInlines(document))
            if (inline is Link l) DocumentCharacters.Add(set, l.Url);
        return set;
    }
}
