using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace GoOverview.Pdf.Output;

/// <summary>
/// Just enough of a PDF reader for the files Skia writes (PDF 1.4, one classic xref table, no object streams):
/// the trailer's Size/Root/Info, each object's byte offset, an object's dictionary text, and the pages in order.
/// </summary>
internal sealed partial class PdfObjectIndex
{
    private readonly byte[] _pdf;
    private readonly Dictionary<int, int> _offsets = new();

    public PdfObjectIndex(byte[] pdf)
    {
        _pdf = pdf;
        var tail = Latin1(Math.Max(0, pdf.Length - 1024), Math.Min(1024, pdf.Length));
        var startxref = tail.LastIndexOf("startxref", StringComparison.Ordinal);
        if (startxref < 0) throw new InvalidDataException("PDF has no startxref");
        XrefOffset = int.Parse(NumberAfter(tail, startxref + "startxref".Length), CultureInfo.InvariantCulture);
        var section = Latin1(XrefOffset, pdf.Length - XrefOffset);
        ReadXref(section);
        var trailer = section[section.IndexOf("trailer", StringComparison.Ordinal)..];
        Size = int.Parse(KeyNumber().Match(trailer, trailer.IndexOf("/Size", StringComparison.Ordinal)).Groups[1].Value, CultureInfo.InvariantCulture);
        Root = RefAfter(trailer, "/Root") ?? throw new InvalidDataException("PDF trailer has no /Root");
        Info = RefAfter(trailer, "/Info");
    }

    /// <summary>Byte offset of the xref table (the /Prev of an incremental update).</summary>
    public int XrefOffset { get; }
    /// <summary>The trailer's /Size: the first free object number.</summary>
    public int Size { get; }
    public int Root { get; }
    public int? Info { get; }

    /// <summary>The text between an object's outermost &lt;&lt; and &gt;&gt; (without them).</summary>
    public string DictionaryBody(int objectNumber)
    {
        if (!_offsets.TryGetValue(objectNumber, out var offset)) throw new InvalidDataException($"PDF object {objectNumber} is not in the xref table");
        var end = IndexOf("endobj"u8, offset);
        var text = Latin1(offset, end - offset);
        var open = text.IndexOf("<<", StringComparison.Ordinal);
        var depth = 0;
        for (var i = open; i < text.Length - 1; i++)
        {
            if (text[i] == '<' && text[i + 1] == '<') { depth++; i++; }
            else if (text[i] == '>' && text[i + 1] == '>')
            {
                if (--depth == 0) return text[(open + 2)..i];
                i++;
            }
        }
        throw new InvalidDataException($"PDF object {objectNumber} is not a dictionary");
    }

    /// <summary>Object numbers of the pages in page order (walks the page tree from the catalog).</summary>
    public List<int> Pages()
    {
        var pages = new List<int>();
        var root = RefAfter(DictionaryBody(Root), "/Pages") ?? throw new InvalidDataException("PDF catalog has no /Pages");
        AddPages(root, pages, depth: 0);
        return pages;
    }

    private void AddPages(int node, List<int> pages, int depth)
    {
        if (depth > 64) throw new InvalidDataException("PDF page tree is too deep");
        var body = DictionaryBody(node);
        var kids = KidsArray().Match(body);
        if (!body.Contains("/Type /Pages", StringComparison.Ordinal) || !kids.Success)
        {
            pages.Add(node);
            return;
        }
        foreach (Match r in Reference().Matches(kids.Groups[1].Value))
            AddPages(int.Parse(r.Groups[1].Value, CultureInfo.InvariantCulture), pages, depth + 1);
    }

    private void ReadXref(string section)
    {
        var lines = section.Split('\n');
        if (lines[0].Trim() != "xref") throw new InvalidDataException("PDF has no classic xref table (object streams are not supported)");
        var i = 1;
        while (i < lines.Length && !lines[i].StartsWith("trailer", StringComparison.Ordinal))
        {
            var header = lines[i].Trim().Split(' ');
            var first = int.Parse(header[0], CultureInfo.InvariantCulture);
            var count = int.Parse(header[1], CultureInfo.InvariantCulture);
            for (var k = 0; k < count; k++)
            {
                var entry = lines[i + 1 + k];
                if (entry.Length >= 18 && entry[17] == 'n')
                    _offsets[first + k] = int.Parse(entry.AsSpan(0, 10), CultureInfo.InvariantCulture);
            }
            i += 1 + count;
        }
    }

    private int IndexOf(ReadOnlySpan<byte> needle, int from)
    {
        var found = _pdf.AsSpan(from).IndexOf(needle);
        if (found < 0) throw new InvalidDataException("PDF object has no endobj");
        return from + found;
    }

    private string Latin1(int offset, int length) => Encoding.Latin1.GetString(_pdf, offset, length);

    private static string NumberAfter(string text, int from) => KeyNumber().Match(" " + text[from..]).Groups[1].Value;

    private static int? RefAfter(string dict, string key)
    {
        var at = dict.IndexOf(key + " ", StringComparison.Ordinal);
        if (at < 0) return null;
        var m = Reference().Match(dict, at + key.Length);
        return m.Success && m.Index <= at + key.Length + 1 ? int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) : null;
    }

    [GeneratedRegex(@"\s*(\d+)")]
    private static partial Regex KeyNumber();

    [GeneratedRegex(@"(\d+)\s+\d+\s+R")]
    private static partial Regex Reference();

    [GeneratedRegex(@"/Kids\s*\[([^\]]*)\]")]
    private static partial Regex KidsArray();
}
