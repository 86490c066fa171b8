using GoOverview.Model.Diagnostics;
using GoOverview.TestSupport;
using SkiaSharp;

namespace GoOverview.Pdf.Tests;

/// <summary>A PNG goes into the handout losslessly (Flate), a JPEG as its own DCT data (pdfimages -list reads the filters).</summary>
public sealed class LosslessImageTests
{
    private static byte[] Encoded(SKEncodedImageFormat format)
    {
        using var bitmap = new SKBitmap(120, 80);
        for (var y = 0; y < 80; y++)
            for (var x = 0; x < 120; x++) bitmap.SetPixel(x, y, new SKColor((byte)(x * 2), (byte)(y * 3), (byte)(x ^ y)));
        using var data = bitmap.Encode(format, 90);
        return data.ToArray();
    }

    [ToolFact("pdfimages")]
    public void Png_is_flate_and_jpeg_stays_dct()
    {
        var dir = TestFiles.NewTempDirectory("pdf-lossless");
        File.WriteAllBytes(Path.Combine(dir, "diagram.png"), Encoded(SKEncodedImageFormat.Png));
        File.WriteAllBytes(Path.Combine(dir, "photo.jpg"), Encoded(SKEncodedImageFormat.Jpeg));
        var diagnostics = new DiagnosticBag();
        var document = TestFiles.Read("截图：\n\n![图](diagram.png)\n\n照片：\n\n![照片](photo.jpg)\n", diagnostics, dir);
        var path = PdfRender.ToFile(document, diagnostics, new PdfOptions { Cover = false, Toc = false });
        var list = ExternalTool.Run("pdfimages", ["-list", path]);
        Assert.Equal(0, list.ExitCode);
        var rows = list.StdOut.Split('\n').Skip(2).Where(r => r.Trim().Length > 0)
            .Select(r => r.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Where(c => c[2] == "image").ToList();
        Assert.Equal(2, rows.Count);
        // Columns: page num type width height color comp bpc enc ...; the PNG comes first in the document.
        Assert.Equal("120", rows[0][3]);
        Assert.Equal("image", rows[0][8]); // Flate ("image" in pdfimages' words), not "jpeg"
        Assert.Equal("jpeg", rows[1][8]);
    }
}
