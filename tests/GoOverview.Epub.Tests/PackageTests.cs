using System.IO.Compression;
using System.Text;
using System.Xml.Linq;
using GoOverview.Epub.Tests.Support;
using GoOverview.Model;
using GoOverview.TestSupport;
using SkiaSharp;
using Xunit;

namespace GoOverview.Epub.Tests;

public sealed class PackageTests
{
    private static readonly XNamespace Opf = "http://www.idpf.org/2007/opf";
    private static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";

    [Fact]
    public void Mimetype_IsTheFirstEntry_StoredWithoutExtraField()
    {
        var book = EpubBuild.Of(Fixtures.SeedLike());
        Assert.Equal("mimetype", book.EntryNames[0]);
        // Local file header: signature, version, flags, method (0 = stored) ... name length, extra length, name, data.
        var b = book.Bytes;
        Assert.Equal(0x04034b50u, BitConverter.ToUInt32(b, 0));
        Assert.Equal(0, BitConverter.ToUInt16(b, 6) & 0x8); // no data descriptor
        Assert.Equal(0, BitConverter.ToUInt16(b, 8)); // stored
        Assert.Equal(8, BitConverter.ToUInt16(b, 26));
        Assert.Equal(0, BitConverter.ToUInt16(b, 28)); // no extra field
        Assert.Equal("mimetypeapplication/epub+zip", Encoding.ASCII.GetString(b, 30, 28));
    }

    [Fact]
    public void EveryEntry_HasTheBuildTimestamp()
    {
        var book = EpubBuild.Of(Fixtures.SeedLike());
        using var zip = new ZipArchive(new MemoryStream(book.Bytes), ZipArchiveMode.Read);
        foreach (var entry in zip.Entries)
            Assert.Equal(EpubBuild.Timestamp.UtcDateTime.AddSeconds(-1), entry.LastWriteTime.DateTime); // DOS time: 2-second steps
    }

    [Fact]
    public void Container_PointsAtThePackageDocument()
    {
        var book = EpubBuild.Of(Fixtures.SeedLike());
        XNamespace ns = "urn:oasis:names:tc:opendocument:xmlns:container";
        var rootfile = book.Xml("META-INF/container.xml").Descendants(ns + "rootfile").Single();
        Assert.Equal("EPUB/package.opf", (string?)rootfile.Attribute("full-path"));
        Assert.Contains("EPUB/package.opf", book.EntryNames);
    }

    [Fact]
    public void PackageMetadata_HasStableIdentifierTitleLanguageCreatorAndModified()
    {
        var document = Fixtures.Rich(TestFiles.NewTempDirectory("epub-meta"));
        var opf = EpubBuild.Of(document).Xml("EPUB/package.opf");
        var id = opf.Descendants(Dc + "identifier").Single();
        Assert.Equal("book-id", (string?)id.Attribute("id"));
        Assert.Matches("^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$", id.Value);
        Assert.Equal("富文本测试", opf.Descendants(Dc + "title").Single().Value);
        Assert.Equal("zh-CN", opf.Descendants(Dc + "language").Single().Value);
        Assert.Equal("测试作者", opf.Descendants(Dc + "creator").Single().Value);
        var modified = opf.Descendants(Opf + "meta").Single(m => (string?)m.Attribute("property") == "dcterms:modified");
        Assert.Equal("2025-03-14T09:26:53Z", modified.Value);

        // Same metadata, different content: same identifier. Different title: different identifier.
        var again = EpubBuild.Of(Fixtures.SeedLike() with { Metadata = document.Metadata }).Xml("EPUB/package.opf");
        Assert.Equal(id.Value, again.Descendants(Dc + "identifier").Single().Value);
        var other = EpubBuild.Of(Fixtures.SeedLike()).Xml("EPUB/package.opf");
        Assert.NotEqual(id.Value, other.Descendants(Dc + "identifier").Single().Value);
    }

    [Fact]
    public void GivenIdentifier_IsUsedAsIs_AndBadLanguageFallsBackToZhCn()
    {
        var doc = Fixtures.SeedLike();
        doc = doc with
        {
            Metadata = doc.Metadata with
            {
                Lang = "简体中文",
                Extra = doc.Metadata.Extra.Add("identifier", "isbn:9787000000000"),
            },
        };
        var book = EpubBuild.Of(doc);
        var opf = book.Xml("EPUB/package.opf");
        Assert.Equal("isbn:9787000000000", opf.Descendants(Dc + "identifier").Single().Value);
        Assert.Equal("zh-CN", opf.Descendants(Dc + "language").Single().Value);
        Assert.Contains(book.Diagnostics.Items, d => d.Code == "epub-language");
    }

    [Fact]
    public void Manifest_ListsEveryFileOnce_WithTheRightMediaTypes()
    {
        var book = EpubBuild.Of(Fixtures.Rich(TestFiles.NewTempDirectory("epub-manifest")));
        var items = book.Xml("EPUB/package.opf").Descendants(Opf + "item").ToList();
        var hrefs = items.Select(i => "EPUB/" + (string)i.Attribute("href")!).ToList();
        var files = book.EntryNames.Where(n => n.StartsWith("EPUB/", StringComparison.Ordinal) && n != "EPUB/package.opf").ToList();
        Assert.Equal(files.OrderBy(f => f, StringComparer.Ordinal), hrefs.OrderBy(h => h, StringComparer.Ordinal));
        string TypeOf(string suffix) => (string)items.Single(i => ((string)i.Attribute("href")!).EndsWith(suffix, StringComparison.Ordinal)).Attribute("media-type")!;
        Assert.Equal("font/ttf", TypeOf("NotoSansSC-Regular.ttf"));
        Assert.Equal("font/ttf", TypeOf("NotoSansSC-Bold.ttf"));
        Assert.Equal("text/css", TypeOf("epub.css"));
        Assert.Equal("image/png", TypeOf("image-1.png"));
        Assert.Equal("application/x-dtbncx+xml", TypeOf("toc.ncx"));
        Assert.Equal("nav", (string?)items.Single(i => (string?)i.Attribute("id") == "nav").Attribute("properties"));
        Assert.Equal("cover-image", (string?)items.Single(i => ((string)i.Attribute("href")!).EndsWith("cover.png", StringComparison.Ordinal)).Attribute("properties"));
        Assert.True(book.Entries["META-INF/com.apple.ibooks.display-options.xml"].Length > 0);
        Assert.Contains("<option name=\"specified-fonts\">true</option>", book.Text("META-INF/com.apple.ibooks.display-options.xml"));
        Assert.DoesNotContain("META-INF/encryption.xml", book.EntryNames);
    }

    [Fact]
    public void CoverImage_IsAPortraitPngDrawnFromTheMetadata()
    {
        var book = EpubBuild.Of(Fixtures.SeedLike());
        using var bitmap = SKBitmap.Decode(book.Entries["EPUB/images/cover.png"]);
        Assert.Equal(1200, bitmap.Width);
        Assert.Equal(1800, bitmap.Height);
        // The title is drawn in white on the blue field: some white pixels in the upper half, none in an empty book's.
        var white = 0;
        for (var y = 300; y < 900; y += 3)
            for (var x = 100; x < 1100; x += 3)
                if (bitmap.GetPixel(x, y) == SKColors.White) white++;
        Assert.True(white > 200, $"only {white} white title pixels");
        var cover = book.Xml("EPUB/text/cover.xhtml");
        Assert.Equal("../images/cover.png", (string?)cover.Descendants(EpubBuild.Xhtml + "img").Single().Attribute("src"));
        var opf = book.Xml("EPUB/package.opf");
        Assert.Contains(opf.Descendants(Opf + "meta"), m => (string?)m.Attribute("name") == "cover" && (string?)m.Attribute("content") == "cover-image");
    }

    [Fact]
    public void TwoBuilds_AreByteIdentical()
    {
        var folder = TestFiles.NewTempDirectory("epub-determinism");
        using var fontsA = Fonts.FontLibrary.LoadBundled();
        using var fontsB = Fonts.FontLibrary.LoadBundled();
        var first = EpubBuild.Of(Fixtures.Rich(folder), fonts: fontsA);
        var second = EpubBuild.Of(Fixtures.Rich(folder), fonts: fontsB);
        Assert.Equal(first.Bytes, second.Bytes);
        var seedA = EpubBuild.Of(Fixtures.SeedLike(), new EpubOptions { ObfuscateFonts = true }, fontsA);
        var seedB = EpubBuild.Of(Fixtures.SeedLike(), new EpubOptions { ObfuscateFonts = true }, fontsB);
        Assert.Equal(seedA.Bytes, seedB.Bytes);
    }

    [Fact]
    public void ObfuscatedFonts_UseTheIdpfAlgorithmKeyedByTheIdentifier()
    {
        var plain = EpubBuild.Of(Fixtures.SeedLike());
        var obfuscated = EpubBuild.Of(Fixtures.SeedLike(), new EpubOptions { ObfuscateFonts = true });
        var identifier = obfuscated.Xml("EPUB/package.opf").Descendants(Dc + "identifier").Single().Value;
        var key = System.Security.Cryptography.SHA1.HashData(Encoding.UTF8.GetBytes(identifier));
        foreach (var font in new[] { "EPUB/fonts/NotoSansSC-Regular.ttf", "EPUB/fonts/NotoSansSC-Bold.ttf" })
        {
            var data = (byte[])obfuscated.Entries[font].Clone();
            Assert.NotEqual(plain.Entries[font], data);
            for (var i = 0; i < 1040; i++) data[i] ^= key[i % 20];
            Assert.Equal(plain.Entries[font], data);
        }
        var encryption = obfuscated.Xml("META-INF/encryption.xml");
        XNamespace enc = "http://www.w3.org/2001/04/xmlenc#";
        Assert.All(encryption.Descendants(enc + "EncryptionMethod"), m => Assert.Equal("http://www.idpf.org/2008/embedding", (string?)m.Attribute("Algorithm")));
        Assert.Equal(["EPUB/fonts/NotoSansSC-Regular.ttf", "EPUB/fonts/NotoSansSC-Bold.ttf"],
            encryption.Descendants(enc + "CipherReference").Select(r => (string)r.Attribute("URI")!));
    }

    [Fact]
    public void EveryXmlFile_Parses()
    {
        var book = EpubBuild.Of(Fixtures.Rich(TestFiles.NewTempDirectory("epub-xml")));
        var xmlFiles = book.EntryNames.Where(n => n.EndsWith(".xhtml") || n.EndsWith(".xml") || n.EndsWith(".opf") || n.EndsWith(".ncx")).ToList();
        Assert.True(xmlFiles.Count >= 10);
        foreach (var name in xmlFiles)
        {
            var doc = XDocument.Parse(book.Text(name));
            Assert.NotNull(doc.Root);
        }
    }
}
