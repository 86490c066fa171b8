using System.IO.Compression;
using System.Xml.Linq;
using GoOverview.Export;
using GoOverview.Fonts;
using GoOverview.Model;
using GoOverview.Model.Diagnostics;
using GoOverview.TestSupport;

namespace GoOverview.Epub.Tests.Support;

/// <summary>A built book: its bytes, a file on disk for external tools, its entries, the diagnostics.</summary>
internal sealed class EpubBuild
{
    public static readonly DateTimeOffset Timestamp = new(2025, 3, 14, 9, 26, 53, TimeSpan.Zero);

    private static readonly Lazy<FontLibrary> SharedFonts = new(() => FontLibrary.LoadBundled());

    public required byte[] Bytes { get; init; }
    public required string FilePath { get; init; }
    public required DiagnosticBag Diagnostics { get; init; }
    public required IReadOnlyList<string> EntryNames { get; init; }
    public required IReadOnlyDictionary<string, byte[]> Entries { get; init; }

    public static EpubBuild Of(Document document, EpubOptions? options = null, FontLibrary? fonts = null)
    {
        var diagnostics = new DiagnosticBag();
        var context = new ExportContext(diagnostics, fonts ?? SharedFonts.Value,
            new ResourceResolver(document.BaseDirectory, diagnostics), Timestamp);
        using var output = new MemoryStream();
        new EpubWriter(options ?? EpubOptions.Default).Write(document, output, context);
        var bytes = output.ToArray();
        var path = Path.Combine(TestFiles.NewTempDirectory("epub"), "book.epub");
        File.WriteAllBytes(path, bytes);
        var names = new List<string>();
        var entries = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        using (var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read))
        {
            foreach (var entry in zip.Entries)
            {
                names.Add(entry.FullName);
                using var s = entry.Open();
                using var copy = new MemoryStream();
                s.CopyTo(copy);
                entries[entry.FullName] = copy.ToArray();
            }
        }
        return new EpubBuild { Bytes = bytes, FilePath = path, Diagnostics = diagnostics, EntryNames = names, Entries = entries };
    }

    public string Text(string entry) => System.Text.Encoding.UTF8.GetString(Entries[entry]);

    public XDocument Xml(string entry) => XDocument.Parse(Text(entry), LoadOptions.None);

    /// <summary>Content documents in spine order (cover, title page, chapters), as package paths.</summary>
    public IReadOnlyList<string> SpineDocuments()
    {
        var opf = Xml("EPUB/package.opf");
        XNamespace ns = "http://www.idpf.org/2007/opf";
        var items = opf.Descendants(ns + "item").ToDictionary(i => (string)i.Attribute("id")!, i => (string)i.Attribute("href")!);
        return opf.Descendants(ns + "itemref").Select(r => "EPUB/" + items[(string)r.Attribute("idref")!]).ToList();
    }

    public IEnumerable<string> XhtmlEntries => EntryNames.Where(n => n.EndsWith(".xhtml", StringComparison.Ordinal));

    public IEnumerable<string> ChapterEntries => EntryNames.Where(n => n.Contains("/chapter", StringComparison.Ordinal));

    public static XNamespace Xhtml => "http://www.w3.org/1999/xhtml";

    public static XNamespace Ops => "http://www.idpf.org/2007/ops";
}
