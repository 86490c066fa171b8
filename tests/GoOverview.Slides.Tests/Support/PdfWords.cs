using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using GoOverview.TestSupport;

namespace GoOverview.Slides.Tests.Support;

/// <summary>A word pdftotext found, with its box in points from the page's top-left corner.</summary>
internal sealed record PdfWord(int Page, string Text, double XMin, double YMin, double XMax, double YMax);

/// <summary>Reads word positions with <c>pdftotext -bbox</c> (an independent reader).</summary>
internal static partial class PdfWords
{
    public static (IReadOnlyList<PdfWord> Words, int Pages, double Width, double Height) Read(string pdfPath)
    {
        var html = Path.ChangeExtension(pdfPath, ".bbox.html");
        var result = ExternalTool.Run("pdftotext", ["-bbox", pdfPath, html]);
        Assert.True(result.ExitCode == 0, result.ToString());
        var words = new List<PdfWord>();
        var page = 0;
        double width = 0, height = 0;
        foreach (var line in File.ReadLines(html))
        {
            var p = PageTag().Match(line);
            if (p.Success)
            {
                page++;
                width = Num(p.Groups[1].Value);
                height = Num(p.Groups[2].Value);
                continue;
            }
            var w = WordTag().Match(line);
            if (w.Success)
                words.Add(new PdfWord(page, WebUtility.HtmlDecode(w.Groups[5].Value), Num(w.Groups[1].Value), Num(w.Groups[2].Value),
                    Num(w.Groups[3].Value), Num(w.Groups[4].Value)));
        }
        return (words, page, width, height);
    }

    private static double Num(string s) => double.Parse(s, CultureInfo.InvariantCulture);

    [GeneratedRegex("<page width=\"([0-9.]+)\" height=\"([0-9.]+)\"")]
    private static partial Regex PageTag();

    [GeneratedRegex("<word xMin=\"([0-9.]+)\" yMin=\"([0-9.]+)\" xMax=\"([0-9.]+)\" yMax=\"([0-9.]+)\">(.*)</word>")]
    private static partial Regex WordTag();
}
