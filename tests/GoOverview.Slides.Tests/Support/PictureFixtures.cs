using GoOverview.Model;
using GoOverview.TestSupport;
using SkiaSharp;

namespace GoOverview.Slides.Tests.Support;

/// <summary>A document with figures whose image files are written to a fresh folder: PNG, SVG, and one missing.</summary>
internal static class PictureFixtures
{
    public const string PngAlt = "Go吉祥物示意图";
    public const string SvgAlt = "并发模型示意图";

    public static Document Write()
    {
        var dir = TestFiles.NewTempDirectory("gooverview-pictures");
        File.WriteAllBytes(Path.Combine(dir, "photo.png"), Png(800, 600));
        File.WriteAllText(Path.Combine(dir, "diagram.svg"), """
            <svg xmlns="http://www.w3.org/2000/svg" width="400" height="100" viewBox="0 0 400 100">
              <rect x="0" y="0" width="400" height="100" fill="#00ADD8"/>
              <circle cx="50" cy="50" r="40" fill="#CE3262"/>
            </svg>
            """);
        var blocks = new Block[]
        {
            Fixtures.H(2, "一、图片", "p1"),
            Fixtures.H(3, "1.1 只有图片", "p11"),
            Figure("photo.png", PngAlt, "图1：Go吉祥物"),
            Fixtures.H(3, "1.2 图文混排", "p12"),
            Fixtures.Bullets(Fixtures.Item("第一点：图片放在要点之后的单独一页。"), Fixtures.Item("第二点：图片按比例缩放，不会超出版面。")),
            Figure("diagram.svg", SvgAlt, "图2：并发模型"),
            Fixtures.H(3, "1.3 缺少的图片", "p13"),
            Fixtures.P("下面这张图片不存在。"),
            Figure("missing.png", "不存在的图", "图3：缺失"),
        };
        return new Document(Metadata.Empty with { Title = "图片测试" }, [.. blocks], [], Path.Combine(dir, "pictures.md"), dir);
    }

    private static Figure Figure(string url, string alt, string caption) =>
        new(new Image(alt, url, ""), [new Text(caption)], Attr.Empty) { Location = new SourceLocation("pictures.md", 20, 1) };

    /// <summary>A PNG with a coloured diagonal, so a render shows whether it was drawn.</summary>
    private static byte[] Png(int width, int height)
    {
        using var surface = SKSurface.Create(new SKImageInfo(width, height));
        surface.Canvas.Clear(new SKColor(0xFD, 0xDD, 0x00));
        using var paint = new SKPaint { Color = new SKColor(0x40, 0x2B, 0x56), StrokeWidth = 40, IsAntialias = true };
        surface.Canvas.DrawLine(0, 0, width, height, paint);
        using var image = surface.Snapshot();
        using var data = image.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }
}
