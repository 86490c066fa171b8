using System.Globalization;
using System.Text;

namespace GoOverview.Pdf.Output;

/// <summary>
/// Just enough of a PDF reader for the files Skia writes (PDF 1.4, one classic xref table, no object streams):
/// the trailer's Size/Root/Info, each object's byte offset, an object's dictionary text, and the pages in order.
/// Plain string scanning, no regular expressions: this runs once per build, at start-up cost.
/// </summary>
internal sealed class PdfObjectIndex
{
    private readonly byte[] _pdf;
    private readonly Dictionary<int, int> _offsets = new();

    public PdfObjectIndex(byte[] pdf)
    {
        _pdf = pdf;
        var tailStart = Math.Max(0, pdf.Length - 1024);
        var tail = Latin1(tailStart, pdf.Length - tailStart);
        var startxref = tail.LastIndexOf("startxref", StringComparison.Ordinal);
        if (startxref < 0) throw new InvalidDataException("PDF has no startxref");
        XrefOffset = NumberAt(tail, startxref + "startxref".Length);
        var section = Latin1(XrefOffset, pdf.Length - XrefOffset);
        ReadXref(section);
        var trailer = section[section.IndexOf("trailer", StringComparison.Ordinal)..];
        Size = NumberAt(trailer, KeyEnd(trailer, "/Size") ?? throw new InvalidDataException("PDF trailer has no /Size"));
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
        var end = _pdf.AsSpan(offset).IndexOf("endobj"u8);
        if (end < 0) throw new InvalidDataException($"PDF object {objectNumber} has no endobj");
        var text = Latin1(offset, end);
        var open = text.IndexOf("<<", StringComparison.Ordinal);
        var depth = 0;
        for (var i = Math.Max(open, 0); i < text.Length - 1; i++)
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
        var kids = KeyEnd(body, "/Kids");
        if (!body.Contains("/Type /Pages", StringComparison.Ordinal) || kids is null)
        {
            pages.Add(node);
            return;
        }
        var open = body.IndexOf('[', kids.Value);
        var close = body.IndexOf(']', open);
        // "[a 0 R b 0 R …]": every third token is an object number.
        var tokens = body[(open + 1)..close].Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries);
        for (var t = 0; t + 2 < tokens.Length; t += 3)
            AddPages(int.Parse(tokens[t], CultureInfo.InvariantCulture), pages, depth + 1);
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

    private string Latin1(int offset, int length) => Encoding.Latin1.GetString(_pdf, offset, length);

    /// <summary>Where the value of /Key starts (just after the key), or null when the key is absent.</summary>
    private static int? KeyEnd(string dict, string key)
    {
        for (var at = dict.IndexOf(key, StringComparison.Ordinal); at >= 0; at = dict.IndexOf(key, at + 1, StringComparison.Ordinal))
        {
            var end = at + key.Length;
            if (end == dict.Length || !char.IsLetterOrDigit(dict[end])) return end;
        }
        return null;
    }

    /// <summary>The unsigned integer after optional whitespace at <paramref name="from"/>.</summary>
    private static int NumberAt(string text, int from)
    {
        var i = from;
        while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
        var start = i;
        while (i < text.Length && char.IsAsciiDigit(text[i])) i++;
        if (i == start) throw new InvalidDataException("PDF: a number was expected");
        return int.Parse(text.AsSpan(start, i - start), CultureInfo.InvariantCulture);
    }

    /// <summary>The object number of "/Key n 0 R", or null when the key is absent.</summary>
    private static int? RefAfter(string dict, string key) =>
        KeyEnd(dict, key) is { } end ? NumberAt(dict, end) : null;
}
