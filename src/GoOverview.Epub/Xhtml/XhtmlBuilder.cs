using System.Text;
using System.Xml;

namespace GoOverview.Epub.Xhtml;

/// <summary>
/// Writes one XHTML content document through XmlWriter, so the output is well-formed by construction.
/// Every text and attribute value passes through <see cref="BookState.CleanText"/> (illegal XML characters
/// are dropped with a diagnostic) and visible text is recorded for the font subset; characters of a fallback face
/// (symbols, emoji, Korean) are set in a span naming that face.
/// </summary>
internal sealed class XhtmlBuilder
{
    public const string XhtmlNamespace = "http://www.w3.org/1999/xhtml";
    public const string OpsNamespace = "http://www.idpf.org/2007/ops";

    private readonly MemoryStream _buffer = new();
    private readonly XmlWriter _xml;
    private readonly BookState _book;
    private int _preDepth;

    private XhtmlBuilder(BookState book)
    {
        _book = book;
        _xml = XmlWriter.Create(_buffer, XmlSettings.Create());
    }

    /// <summary>Starts a document: XML declaration, doctype, html with lang, head with title and stylesheets, body.</summary>
    public static XhtmlBuilder Begin(BookState book, string title, string bodyEpubType = "")
    {
        var b = new XhtmlBuilder(book);
        var x = b._xml;
        x.WriteStartDocument();
        x.WriteRaw("\n<!DOCTYPE html>\n"); // WriteDocType would write "<!DOCTYPE html >"
        x.WriteStartElement("html", XhtmlNamespace);
        x.WriteAttributeString("xmlns", "epub", null, OpsNamespace);
        x.WriteAttributeString("lang", book.Language);
        x.WriteAttributeString("xml", "lang", null, book.Language);
        x.WriteWhitespace("\n");
        x.WriteStartElement("head", XhtmlNamespace);
        x.WriteStartElement("meta", XhtmlNamespace);
        x.WriteAttributeString("charset", "utf-8");
        x.WriteEndElement();
        x.WriteStartElement("title", XhtmlNamespace);
        x.WriteString(book.CleanText(title, null));
        x.WriteEndElement();
        foreach (var href in BookPaths.StylesheetHrefsFromText)
        {
            x.WriteStartElement("link", XhtmlNamespace);
            x.WriteAttributeString("rel", "stylesheet");
            x.WriteAttributeString("type", "text/css");
            x.WriteAttributeString("href", href);
            x.WriteEndElement();
        }
        x.WriteEndElement();
        x.WriteWhitespace("\n");
        x.WriteStartElement("body", XhtmlNamespace);
        if (bodyEpubType.Length > 0) x.WriteAttributeString("epub", "type", OpsNamespace, bodyEpubType);
        x.WriteWhitespace("\n");
        return b;
    }

    public BookState Book => _book;

    public void Start(string name)
    {
        _xml.WriteStartElement(name, XhtmlNamespace);
        if (name == "pre") _preDepth++;
    }

    public void End(string name)
    {
        _xml.WriteEndElement();
        if (name == "pre") _preDepth--;
    }

    /// <summary>An attribute of the element just started; empty values are written as given.</summary>
    public void Attr(string name, string value) => _xml.WriteAttributeString(name, _book.CleanText(value, null));

    public void EpubType(string value) => _xml.WriteAttributeString("epub", "type", OpsNamespace, value);

    public void Classes(IReadOnlyCollection<string> classes)
    {
        if (classes.Count > 0) Attr("class", string.Join(' ', classes));
    }

    /// <summary>Visible text: cleaned, recorded for the font subset, escaped by XmlWriter.</summary>
    public void Text(string text, Model.SourceLocation? where = null)
    {
        if (text.Length == 0) return;
        var clean = _book.CleanText(text, where);
        // The quarter-em spaces (CJK–Latin gaps) are not subset: a reader draws a missing space from any font.
        _book.Characters.Add(clean.Contains(Layout.HanLatinGap.QuarterEmSpace) ? clean.Replace(Layout.HanLatinGap.QuarterEmSpace.ToString(), "") : clean);
        foreach (var (piece, fallbackClass) in _book.Fallbacks.Split(clean))
        {
            if (fallbackClass is null)
            {
                _xml.WriteString(piece);
                continue;
            }
            _xml.WriteStartElement("span", XhtmlNamespace);
            _xml.WriteAttributeString("class", fallbackClass);
            _xml.WriteString(piece);
            _xml.WriteEndElement();
        }
    }

    /// <summary>Markup made elsewhere and already well-formed (MathML from the shared formula layer).</summary>
    public void Raw(string xml) => _xml.WriteRaw(xml);

    /// <summary>A line break between blocks, for readable files (never inside pre, where it would show).</summary>
    public void NewLine()
    {
        if (_preDepth == 0) _xml.WriteWhitespace("\n");
    }

    public byte[] Finish()
    {
        _xml.WriteEndElement(); // body
        _xml.WriteWhitespace("\n");
        _xml.WriteEndElement(); // html
        _xml.WriteWhitespace("\n");
        _xml.WriteEndDocument();
        _xml.Flush();
        _xml.Dispose();
        return _buffer.ToArray();
    }
}

/// <summary>The one XmlWriter configuration of the package: UTF-8 without BOM, LF, no indentation (mixed content).</summary>
internal static class XmlSettings
{
    public static XmlWriterSettings Create(bool indent = false) => new()
    {
        Encoding = new UTF8Encoding(false),
        Indent = indent,
        IndentChars = "  ",
        NewLineChars = "\n",
        NewLineHandling = NewLineHandling.Replace,
        CheckCharacters = true,
        CloseOutput = false,
    };
}
