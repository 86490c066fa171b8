using System.Globalization;
using System.Text;

namespace GoOverview.Pdf.Output;

/// <summary>
/// Skia's PDF backend writes no outline and no document language. This appends them to the finished file as an
/// incremental update (new outline objects, a replacement catalog, an xref section with /Prev): the original bytes
/// stay untouched, nothing is re-parsed or re-compressed, and the result depends only on the input, so two builds
/// of the same document are byte-identical.
/// </summary>
internal static class OutlineUpdate
{
    public static void Write(byte[] pdf, IReadOnlyList<Bookmark> bookmarks, string language, float pageHeight, Stream output)
    {
        var index = new PdfObjectIndex(pdf);
        var pages = index.Pages();
        var numbers = new List<int>();
        var bodies = new List<string>();
        var next = index.Size;

        var catalog = new StringBuilder(index.DictionaryBody(index.Root).TrimEnd());
        var tree = OutlineNode.Build(bookmarks);
        if (tree.Children.Count > 0)
        {
            tree.Number = next++;
            var items = tree.Descendants();
            foreach (var node in items) node.Number = next++;
            numbers.Add(tree.Number);
            bodies.Add($"/Type /Outlines /First {tree.Children[0].Number} 0 R /Last {tree.Children[^1].Number} 0 R /Count {tree.VisibleDescendants()}");
            foreach (var node in items)
            {
                numbers.Add(node.Number);
                bodies.Add(ItemBody(node, pages, pageHeight));
            }
            catalog.Append($"\n/Outlines {tree.Number} 0 R /PageMode /UseOutlines");
        }
        catalog.Append("\n/Lang ").Append(LiteralString(language));
        numbers.Add(index.Root);
        bodies.Add(catalog.ToString());

        output.Write(pdf);
        // Everything appended is ASCII (titles are hex strings), so characters are bytes.
        var text = new StringBuilder("\n");
        var offsets = new long[numbers.Count];
        for (var i = 0; i < numbers.Count; i++)
        {
            offsets[i] = pdf.Length + text.Length;
            text.Append(numbers[i]).Append(" 0 obj\n<<").Append(bodies[i]).Append(">>\nendobj\n");
        }
        var xref = pdf.Length + text.Length;
        text.Append("xref\n0 1\n0000000000 65535 f \n");
        // The outline objects are numbered consecutively; the replaced catalog is a subsection of its own.
        for (var i = 0; i < numbers.Count;)
        {
            var run = 1;
            while (i + run < numbers.Count && numbers[i + run] == numbers[i] + run) run++;
            text.Append(numbers[i]).Append(' ').Append(run).Append('\n');
            for (var k = i; k < i + run; k++) text.Append(offsets[k].ToString("D10", CultureInfo.InvariantCulture)).Append(" 00000 n \n");
            i += run;
        }
        var id = FileId(pdf);
        text.Append("trailer\n<</Size ").Append(next).Append(" /Root ").Append(index.Root).Append(" 0 R");
        if (index.Info is { } info) text.Append(" /Info ").Append(info).Append(" 0 R");
        text.Append(" /Prev ").Append(index.XrefOffset).Append(" /ID [<").Append(id).Append("><").Append(id).Append(">]>>\n");
        text.Append("startxref\n").Append(xref).Append("\n%%EOF\n");
        output.Write(Encoding.Latin1.GetBytes(text.ToString()));
    }

    private static string ItemBody(OutlineNode node, List<int> pages, float pageHeight)
    {
        var b = node.Bookmark!;
        var page = pages[Math.Clamp(b.PageIndex, 0, pages.Count - 1)];
        var top = (pageHeight - b.Top).ToString("0.##", CultureInfo.InvariantCulture);
        var s = new StringBuilder();
        s.Append("/Title ").Append(TextString(b.Title)).Append(" /Parent ").Append(node.Parent!.Number).Append(" 0 R");
        var siblings = node.Parent.Children;
        var at = node.IndexInParent;
        if (at > 0) s.Append(" /Prev ").Append(siblings[at - 1].Number).Append(" 0 R");
        if (at < siblings.Count - 1) s.Append(" /Next ").Append(siblings[at + 1].Number).Append(" 0 R");
        if (node.Children.Count > 0)
        {
            var count = node.VisibleDescendants();
            s.Append(" /First ").Append(node.Children[0].Number).Append(" 0 R /Last ").Append(node.Children[^1].Number).Append(" 0 R");
            s.Append(" /Count ").Append(node.Open ? count : -count);
        }
        s.Append(" /Dest [").Append(page).Append(" 0 R /XYZ 0 ").Append(top).Append(" null]");
        return s.ToString();
    }

    /// <summary>A PDF text string: UTF-16BE with a byte-order mark, hex-encoded (any title, Chinese included).</summary>
    public static string TextString(string text)
    {
        var s = new StringBuilder("<FEFF", 4 * text.Length + 6);
        foreach (var ch in text) s.Append(((int)ch).ToString("X4", CultureInfo.InvariantCulture));
        return s.Append('>').ToString();
    }

    private static string LiteralString(string ascii)
    {
        var s = new StringBuilder("(");
        foreach (var ch in ascii)
        {
            if (ch is '(' or ')' or '\\') s.Append('\\');
            s.Append(ch < 0x80 && ch >= 0x20 ? ch : '?');
        }
        return s.Append(')').ToString();
    }

    /// <summary>A file identifier derived from the content (two FNV-1a hashes), so it is the same for the same bytes.</summary>
    private static string FileId(byte[] pdf)
    {
        ulong a = 14695981039346656037, b = 0x84222325CBF29CE4;
        foreach (var x in pdf)
        {
            a = (a ^ x) * 1099511628211;
            b = (b ^ x) * 0x100000001B3 + 0x9E3779B97F4A7C15;
        }
        return a.ToString("X16", CultureInfo.InvariantCulture) + b.ToString("X16", CultureInfo.InvariantCulture);
    }
}

/// <summary>The bookmark tree nested by heading level (a deeper heading is a child of the last shallower one).</summary>
internal sealed class OutlineNode
{
    public Bookmark? Bookmark { get; init; }
    public OutlineNode? Parent { get; init; }
    /// <summary>Position among the parent's children (kept so /Prev and /Next need no search).</summary>
    public int IndexInParent { get; init; }
    public List<OutlineNode> Children { get; } = new();
    public int Number { get; set; }
    /// <summary>H1 and H2 entries open, deeper ones closed (as a reader expects of a handout's outline).</summary>
    public bool Open => Bookmark is null || Bookmark.Level <= 2;

    public static OutlineNode Build(IReadOnlyList<Bookmark> bookmarks)
    {
        var root = new OutlineNode();
        var stack = new List<OutlineNode> { root };
        foreach (var b in bookmarks)
        {
            while (stack.Count > 1 && stack[^1].Bookmark!.Level >= b.Level) stack.RemoveAt(stack.Count - 1);
            var node = new OutlineNode { Bookmark = b, Parent = stack[^1], IndexInParent = stack[^1].Children.Count };
            stack[^1].Children.Add(node);
            stack.Add(node);
        }
        return root;
    }

    /// <summary>All entries below this one, depth-first in document order.</summary>
    public List<OutlineNode> Descendants()
    {
        var all = new List<OutlineNode>();
        foreach (var child in Children)
        {
            all.Add(child);
            all.AddRange(child.Descendants());
        }
        return all;
    }

    /// <summary>Entries shown under this one when it is open (children, plus their descendants where they are open).</summary>
    public int VisibleDescendants()
    {
        var n = 0;
        foreach (var c in Children) n += 1 + (c.Open ? c.VisibleDescendants() : 0);
        return n;
    }
}
