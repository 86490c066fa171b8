using System.Text;

namespace GoOverview.Word.Tests.Support;

/// <summary>A binary PPM (P6) image as pdftoppm writes it.</summary>
internal sealed record Ppm(int Width, int Height, byte[] Rgb)
{
    public static Ppm Read(string path)
    {
        var data = File.ReadAllBytes(path);
        var position = 0;
        string Token()
        {
            while (char.IsWhiteSpace((char)data[position])) position++;
            var start = position;
            while (!char.IsWhiteSpace((char)data[position])) position++;
            return Encoding.ASCII.GetString(data, start, position - start);
        }
        if (Token() != "P6") throw new InvalidDataException("not a P6 PPM");
        var width = int.Parse(Token());
        var height = int.Parse(Token());
        if (Token() != "255") throw new InvalidDataException("unexpected PPM depth");
        position++;
        return new Ppm(width, height, data[position..(position + width * height * 3)]);
    }

    public int Count(Func<byte, byte, byte, bool> predicate)
    {
        var n = 0;
        for (var i = 0; i + 2 < Rgb.Length; i += 3)
            if (predicate(Rgb[i], Rgb[i + 1], Rgb[i + 2])) n++;
        return n;
    }
}
