using GoOverview.Epub.Packaging;
using GoOverview.Fonts;

namespace GoOverview.Epub.Styling;

/// <summary>
/// Noto Sans SC regular and bold cut down to the run's shared embedding set (which covers every character the book
/// shows), so the Word and slide writers of the same run reuse the same subsets.
/// </summary>
internal static class FontEmbedding
{
    public static List<PackageItem> Subsets(FontLibrary fonts, IReadOnlyCollection<int> codePoints)
    {
        var wanted = codePoints.Where(cp => cp >= 0x20).ToArray();
        return
        [
            new PackageItem("font-regular", "fonts/" + fonts.Regular.Family.Replace(" ", "") + "-Regular.ttf", "font/ttf", fonts.Subset(fonts.Regular, wanted)),
            new PackageItem("font-bold", "fonts/NotoSansSC-Bold.ttf", "font/ttf", fonts.Subset(fonts.Bold, wanted)),
        ];
    }
}
