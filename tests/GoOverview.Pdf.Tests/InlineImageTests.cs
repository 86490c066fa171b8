using GoOverview.Model.Diagnostics;
using GoOverview.TestSupport;
using SkiaSharp;
using UglyToad.PdfPig;

namespace GoOverview.Pdf.Tests;

/// <summary>Images inside running text: small ones inline on the text line at text size, large ones as a block between the text.</summary>
public sealed class InlineImageTests
{
    private static byte[] Png(int width, int height)
    {
        using var bitmap = new SKBitmap(width, height);
        bitmap.Erase(new SKColor(30, 120, 200));
        using var data = bitmap.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }

    [Fact]
    public void A_small_image_sits_in_its_line_and_a_large_one_between_the_lines()
    {
        var dir = TestFiles.NewTempDirectory("pdf-inline-img");
        File.WriteAllBytes(Path.Combine(dir, "icon.png"), Png(16, 16));
        File.WriteAllBytes(Path.Combine(dir, "big.png"), Png(400, 300));
        var diagnostics = new DiagnosticBag();
        var document = TestFiles.Read("图标前![图标](icon.png)图标后的文字。大图前的文字![大图](big.png)大图后的文字。\n", diagnostics, dir);
        var path = PdfRender.ToFile(document, diagnostics, new PdfOptions { Cover = false, Toc = false });
        Assert.Empty(diagnostics.Items);

        using var pdf = PdfDocument.Open(path);
        var page = pdf.GetPage(1);
        var images = page.GetImages().OrderBy(i => i.BoundingBox.Height).ToList();
        Assert.Equal(2, images.Count);
        var (icon, big) = (images[0].BoundingBox, images[1].BoundingBox);
        var letters = page.Letters.ToList();
        var before = letters.Single(l => l.Value == "前" && letters.IndexOf(l) < 3);
        var after = letters.First(l => l.Value == "后");
        // The icon: one em (10.5 pt) high, on the same line, between 前 and 后.
        Assert.InRange(icon.Height, 10, 11);
        Assert.InRange(before.StartBaseLine.Y, icon.Bottom, icon.Top);
        Assert.True(icon.Left >= before.EndBaseLine.X - 0.5 && icon.Right <= after.StartBaseLine.X + 0.5, "icon between its neighbours");
        // The large image: its own block, below the text before it and above the text after it, at 300 × 225 pt.
        Assert.InRange(big.Width, 299, 301);
        var textBefore = letters.First(l => l.Value == "的");
        var textAfter = letters.Last(l => l.Value == "后");
        Assert.True(big.Top < textBefore.StartBaseLine.Y && big.Bottom > textAfter.StartBaseLine.Y, "large image between the text lines");
        // No placeholder glyph reaches the text layer.
        Assert.DoesNotContain(letters, l => l.Value == "\uFFFC");
    }
}
