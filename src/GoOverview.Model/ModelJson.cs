using System.Collections.Immutable;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace GoOverview.Model;

/// <summary>The model as JSON (a debugging view like <c>pandoc -t json</c>): {"t": kind, ...fields, "c": children}.</summary>
public static class ModelJson
{
    public static void Write(Document document, Stream output)
    {
        var options = new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        using var w = new Utf8JsonWriter(output, options);
        w.WriteStartObject();
        WriteMetadata(w, document.Metadata);
        w.WritePropertyName("blocks");
        WriteBlocks(w, document.Blocks);
        w.WritePropertyName("footnotes");
        WriteBlocks(w, document.Footnotes.CastArray<Block>());
        w.WriteEndObject();
    }

    private static void WriteMetadata(Utf8JsonWriter w, Metadata m)
    {
        w.WriteStartObject("meta");
        w.WriteString("title", m.Title);
        w.WriteString("subtitle", m.Subtitle);
        w.WriteStartArray("authors");
        foreach (var a in m.Authors) w.WriteStringValue(a);
        w.WriteEndArray();
        w.WriteString("date", m.Date);
        w.WriteString("lang", m.Lang);
        w.WriteString("description", m.Description);
        w.WriteStartArray("keywords");
        foreach (var k in m.Keywords) w.WriteStringValue(k);
        w.WriteEndArray();
        foreach (var pair in m.Extra.OrderBy(p => p.Key, StringComparer.Ordinal)) w.WriteString(pair.Key, pair.Value);
        w.WriteEndObject();
    }

    private static void WriteBlocks(Utf8JsonWriter w, ImmutableArray<Block> blocks)
    {
        w.WriteStartArray();
        foreach (var b in blocks) WriteBlock(w, b);
        w.WriteEndArray();
    }

    private static void WriteBlock(Utf8JsonWriter w, Block block)
    {
        w.WriteStartObject();
        w.WriteString("t", block.GetType().Name);
        if (block.Location is { } loc) w.WriteNumber("line", loc.Line);
        switch (block)
        {
            case Heading h:
                w.WriteNumber("level", h.Level);
                WriteAttr(w, h.Attr);
                WriteInlinesProperty(w, h.Content);
                break;
            case Paragraph p: WriteInlinesProperty(w, p.Content); break;
            case BulletList l:
                w.WriteBoolean("tight", l.Tight);
                WriteItems(w, l.Items);
                break;
            case OrderedList l:
                w.WriteNumber("start", l.Start);
                w.WriteBoolean("tight", l.Tight);
                WriteItems(w, l.Items);
                break;
            case BlockQuote q:
                w.WritePropertyName("c");
                WriteBlocks(w, q.Blocks);
                break;
            case CodeBlock c:
                w.WriteString("language", c.Language);
                WriteAttr(w, c.Attr);
                w.WriteString("text", c.Text);
                break;
            case Table t:
                w.WriteStartArray("align");
                foreach (var a in t.Alignments) w.WriteStringValue(a.ToString());
                w.WriteEndArray();
                w.WritePropertyName("header");
                WriteRow(w, t.Header);
                w.WriteStartArray("rows");
                foreach (var r in t.Rows) WriteRow(w, r);
                w.WriteEndArray();
                TableSpans.WriteJson(w, t);
                break;
            case Figure f:
                WriteAttr(w, f.Attr);
                w.WritePropertyName("image");
                WriteInline(w, f.Image);
                WriteInlinesProperty(w, f.Caption);
                break;
            case Div d:
                WriteAttr(w, d.Attr);
                w.WritePropertyName("c");
                WriteBlocks(w, d.Blocks);
                break;
            case SpeakerNotes n:
                w.WriteString("text", n.Text);
                break;
            case RawBlock r:
                w.WriteString("format", r.Format);
                w.WriteString("text", r.Text);
                break;
            case Callout or TabSet or DefinitionList:
                ConstructJson.Write(w, block, WriteBlocks, WriteInlines);
                break;
            case FootnoteDefinition n:
                w.WriteString("label", n.Label);
                w.WriteNumber("number", n.Number);
                w.WritePropertyName("c");
                WriteBlocks(w, n.Blocks);
                break;
        }
        w.WriteEndObject();
    }

    private static void WriteItems(Utf8JsonWriter w, ImmutableArray<ListItem> items)
    {
        w.WriteStartArray("items");
        foreach (var item in items)
        {
            w.WriteStartObject();
            if (item.Task != TaskState.None) w.WriteString("task", item.Task.ToString());
            w.WritePropertyName("c");
            WriteBlocks(w, item.Blocks);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    private static void WriteRow(Utf8JsonWriter w, TableRow row)
    {
        w.WriteStartArray();
        foreach (var cell in row.Cells) WriteInlines(w, cell.Content);
        w.WriteEndArray();
    }

    private static void WriteAttr(Utf8JsonWriter w, Attr attr)
    {
        if (attr.Id.Length > 0) w.WriteString("id", attr.Id);
        if (!attr.Classes.IsDefaultOrEmpty)
        {
            w.WriteStartArray("classes");
            foreach (var c in attr.Classes) w.WriteStringValue(c);
            w.WriteEndArray();
        }
        if (!attr.KeyValues.IsDefaultOrEmpty)
        {
            w.WriteStartObject("attributes");
            foreach (var kv in attr.KeyValues) w.WriteString(kv.Key, kv.Value);
            w.WriteEndObject();
        }
    }

    private static void WriteInlinesProperty(Utf8JsonWriter w, ImmutableArray<Inline> inlines)
    {
        w.WritePropertyName("c");
        WriteInlines(w, inlines);
    }

    private static void WriteInlines(Utf8JsonWriter w, ImmutableArray<Inline> inlines)
    {
        w.WriteStartArray();
        foreach (var i in inlines) WriteInline(w, i);
        w.WriteEndArray();
    }

    private static void WriteInline(Utf8JsonWriter w, Inline inline)
    {
        w.WriteStartObject();
        w.WriteString("t", inline.GetType().Name);
        switch (inline)
        {
            case Text t: w.WriteString("text", t.Value); break;
            case Code c:
                WriteAttr(w, c.Attr);
                w.WriteString("text", c.Text);
                break;
            case Link l:
                w.WriteString("url", l.Url);
                if (l.Title.Length > 0) w.WriteString("title", l.Title);
                break;
            case Image i:
                w.WriteString("url", i.Url);
                w.WriteString("alt", i.Alt);
                if (i.Title.Length > 0) w.WriteString("title", i.Title);
                break;
            case FootnoteRef f:
                w.WriteString("label", f.Label);
                w.WriteNumber("number", f.Number);
                break;
            case Span s:
                WriteAttr(w, s.Attr);
                WriteStyle(w, s.Style);
                break;
            case Ruby r:
                w.WriteString("annotation", r.Annotation);
                break;
            case Formula f:
                w.WriteString("tex", f.Tex);
                w.WriteBoolean("display", f.Display);
                break;
            case RawInline r:
                w.WriteString("format", r.Format);
                w.WriteString("text", r.Text);
                break;
        }
        var children = DocumentWalker.ChildInlines(inline);
        if (!children.IsDefaultOrEmpty) WriteInlinesProperty(w, children);
        w.WriteEndObject();
    }

    private static void WriteStyle(Utf8JsonWriter w, TextStyle s)
    {
        if (s.IsEmpty) return;
        w.WriteStartObject("style");
        if (s.Color is { } c) w.WriteString("color", c.ToString());
        if (s.Background is { } b) w.WriteString("background", b.ToString());
        if (s.Bold) w.WriteBoolean("bold", true);
        if (s.Italic) w.WriteBoolean("italic", true);
        if (s.Underline) w.WriteBoolean("underline", true);
        if (s.Strikethrough) w.WriteBoolean("strikethrough", true);
        w.WriteEndObject();
    }
}
