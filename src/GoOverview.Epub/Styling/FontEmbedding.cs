using GoOverview.Epub.Packaging;
using GoOverview.Fonts;

namespace GoOverview.Epub.Styling;

/// <summary>Noto Sans SC regular and bold, cut down to the characters the book shows (font/ttf items).</summary>
internal static class FontEmbedding
{
    public static List<PackageItem> Subsets(FontLibrary fonts, IReadOnlyCollection<int> codePoints)
    {
        var wanted = codePoints.Where(cp => cp >= 0x20 && !FontLibrary.IsIgnorable(cp)).ToArray();
        return
        [
            new PackageItem("font-regular", "fonts/NotoSansSC-Regular.ttf", "font/ttf", fonts.Subset(fonts.Regular, wanted)),
            new PackageItem("font-bold", "fonts/NotoSansSC-Bold.ttf", "font/ttf", fonts.Subset(fonts.Bold, wanted)),
        ];
    }
}
