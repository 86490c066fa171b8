using System.Buffers.Binary;
using System.Text;

namespace GoOverview.TestSupport.Hostile;

/// <summary>Hostile files built in the test: image bombs, SVGs that reach out, billion laughs, symlinks.</summary>
public static class HostileFixtures
{
    public static readonly byte[] Png1x1 = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4z8AAAAMBAQDJ/pLvAAAAAElFTkSuQmCC");

    /// <summary>A valid PNG signature and IHDR declaring width×height, and an IDAT of a few bytes: a decoder would allocate gigabytes.</summary>
    public static byte[] PngBomb(uint width = 50_000, uint height = 50_000)
    {
        var ms = new MemoryStream();
        ms.Write([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]);
        var ihdr = new byte[13];
        BinaryPrimitives.WriteUInt32BigEndian(ihdr, width);
        BinaryPrimitives.WriteUInt32BigEndian(ihdr.AsSpan(4), height);
        ihdr[8] = 8; // bit depth
        ihdr[9] = 2; // RGB
        Chunk(ms, "IHDR", ihdr);
        Chunk(ms, "IDAT", [0x78, 0x9C, 0x63, 0x00, 0x00, 0x00, 0x01, 0x00, 0x01]);
        Chunk(ms, "IEND", []);
        return ms.ToArray();
    }

    /// <summary>The 1×1 test PNG with a text chunk carrying <paramref name="marker"/>: a file no writer produces by itself.</summary>
    public static byte[] MarkedPng(string marker)
    {
        var ms = new MemoryStream();
        ms.Write(Png1x1.AsSpan(0, 33)); // signature and IHDR
        Chunk(ms, "tEXt", Encoding.ASCII.GetBytes("Comment\0" + marker));
        ms.Write(Png1x1.AsSpan(33));
        return ms.ToArray();
    }

    private static void Chunk(Stream s, string type, byte[] data)
    {
        var header = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(header, (uint)data.Length);
        s.Write(header);
        var typed = Encoding.ASCII.GetBytes(type).Concat(data).ToArray();
        s.Write(typed);
        var crc = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(crc, Crc32(typed));
        s.Write(crc);
    }

    private static uint Crc32(byte[] data)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in data)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++) crc = (crc & 1) != 0 ? 0xEDB88320u ^ (crc >> 1) : crc >> 1;
        }
        return ~crc;
    }

    /// <summary>An SVG whose image, use, feImage and CSS point at the trap server and at an outside file.</summary>
    public static string SvgReachingOut(string httpBase, string outsideFile) => $$"""
        <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="120" height="80" onload="alert(1)">
          <script>alert('svg')</script>
          <style>@import url("{{httpBase}}/style.css"); rect { fill: url({{httpBase}}/paint.svg#p); }</style>
          <defs><filter id="f"><feImage href="{{httpBase}}/fe.png"/></filter></defs>
          <image x="0" y="0" width="60" height="40" href="{{httpBase}}/image.png"/>
          <image x="60" y="0" width="60" height="40" xlink:href="file://{{outsideFile}}"/>
          <use href="{{httpBase}}/sprite.svg#icon"/>
          <rect x="10" y="50" width="100" height="20" fill="#2a6" filter="url(#f)" style="stroke: url('{{httpBase}}/s.svg#x')"/>
          <a href="javascript:alert(2)"><text x="10" y="75">点</text></a>
        </svg>
        """;

    /// <summary>An href set by animation under a namespace prefix other than "xlink" (Svg.Skia follows it).</summary>
    public static string AnimatedHrefSvg(string target) =>
        $"""<svg xmlns="http://www.w3.org/2000/svg" xmlns:x="http://www.w3.org/1999/xlink" width="100" height="100"><image width="100" height="100"><set attributeName="x:href" to="{target}"/><animate attributeName="x:href" values="{target}"/></image><rect width="10" height="10"/></svg>""";

    /// <summary>A chain of <paramref name="length"/> &lt;use&gt; references: deep enough to overflow a recursive walk.</summary>
    public static string UseChainSvg(int length)
    {
        var sb = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"><defs>");
        for (var i = 0; i < length - 1; i++) sb.Append($"<g id=\"g{i}\"><use href=\"#g{i + 1}\"/></g>");
        sb.Append($"<g id=\"g{length - 1}\"><rect width=\"1\" height=\"1\"/></g></defs><use href=\"#g0\"/></svg>");
        return sb.ToString();
    }

    /// <summary>The header of a 12000×12000 baseline JPEG (APP1 first, its first bytes shaped like a GIF's size field).</summary>
    public static byte[] JpegHeader(int width = 12_000, int height = 12_000) =>
    [
        0xFF, 0xD8, 0xFF, 0xE1, 0x00, 0x06, 0x01, 0x00, 0x01, 0x00,
        0xFF, 0x00, 0x00, 0x06,
        0xFF, 0xC0, 0x00, 0x0B, 0x08, (byte)(height >> 8), (byte)height, (byte)(width >> 8), (byte)width, 0x01, 0x01, 0x11, 0x00,
        0xFF, 0xD9,
    ];

    /// <summary>Entities nested ten deep: 10^10 "lol"s if a parser expanded them.</summary>
    public static string BillionLaughsSvg()
    {
        var sb = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE svg [\n<!ENTITY lol \"lol\">\n");
        for (var i = 1; i <= 10; i++)
            sb.Append($"<!ENTITY lol{i} \"{string.Concat(Enumerable.Repeat($"&lol{(i == 1 ? "" : (i - 1).ToString())};", 10))}\">\n");
        sb.Append("]>\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"><text>&lol10;</text></svg>\n");
        return sb.ToString();
    }

    /// <summary>Ten levels of ten &lt;use&gt; each: 10^10 shapes from a 2 KB file.</summary>
    public static string UseBombSvg()
    {
        var sb = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"><defs><rect id=\"u0\" width=\"1\" height=\"1\"/>");
        for (var i = 1; i <= 10; i++)
            sb.Append($"<g id=\"u{i}\">").Append(string.Concat(Enumerable.Repeat($"<use href=\"#u{i - 1}\"/>", 10))).Append("</g>");
        sb.Append("</defs><use href=\"#u10\"/></svg>");
        return sb.ToString();
    }
}
