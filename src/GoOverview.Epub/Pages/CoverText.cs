using GoOverview.Layout;
using SkiaSharp;

namespace GoOverview.Epub.Pages;

/// <summary>
/// Cover lines with the shared CJK–Latin quarter em (<see cref="HanLatinGap"/>) between a Han character and a Latin
/// letter or digit, as the PDF cover sets its title ("Golang 概述", not "Golang概述").
/// </summary>
internal static class CoverText
{
    public static float Width(SKFont font, string line)
    {
        var width = 0f;
        foreach (var piece in Pieces(line)) width += font.MeasureText(piece);
        return width + (Pieces(line).Count - 1) * Gap(font);
    }

    public static void Draw(SKCanvas canvas, string line, float x, float baseline, SKFont font, SKPaint paint)
    {
        foreach (var piece in Pieces(line))
        {
            canvas.DrawText(piece, x, baseline, SKTextAlign.Left, font, paint);
            x += font.MeasureText(piece) + Gap(font);
        }
    }

    private static float Gap(SKFont font) => font.Size / 4;

    /// <summary>The line cut where a quarter em goes.</summary>
    private static List<string> Pieces(string line)
    {
        var pieces = new List<string>();
        var start = 0;
        var previous = 0;
        for (var i = 0; i < line.Length;)
        {
            var rune = System.Text.Rune.GetRuneAt(line, i);
            if (i > start && HanLatinGap.Between(previous, rune.Value))
            {
                pieces.Add(line[start..i]);
                start = i;
            }
            previous = rune.Value;
            i += rune.Utf16SequenceLength;
        }
        pieces.Add(line[start..]);
        return pieces;
    }
}
