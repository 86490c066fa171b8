using GoOverview.Epub.Pages;
using GoOverview.Fonts;
using SkiaSharp;
using Xunit;

namespace GoOverview.Epub.Tests;

/// <summary>The EPUB cover sets its title with the shared quarter-em CJK–Latin gap, like the PDF cover.</summary>
public sealed class CoverTextTests
{
    [Fact]
    public void A_quarter_em_separates_latin_from_han_and_nothing_else_is_added()
    {
        using var library = FontLibrary.LoadBundled();
        using var typeface = SKTypeface.FromFile(library.Bold.Path);
        using var font = new SKFont(typeface, 100);
        Assert.Equal(font.MeasureText("Golang概述") + 25, CoverText.Width(font, "Golang概述"), 0.01f);
        Assert.Equal(font.MeasureText("用Go写C++代码") + 4 * 25, CoverText.Width(font, "用Go写C++代码"), 0.01f); // "+" counts as Latin: "C++ 代码"
        Assert.Equal(font.MeasureText("Go 语言"), CoverText.Width(font, "Go 语言"), 0.01f); // a written space stays the only gap
        Assert.Equal(font.MeasureText("概述"), CoverText.Width(font, "概述"), 0.01f);
    }
}
