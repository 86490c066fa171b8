using GoOverview.Export;
using GoOverview.Export.Packaging;
using System.Collections.Immutable;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using GoOverview.Model;
using GoOverview.Model.Diagnostics;
using GoOverview.Word.Package;
using GoOverview.Word.Styles;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace GoOverview.Word.Content;

/// <summary>
/// Converts inlines to the children of a w:p (runs, hyperlinks). <paramref name="part"/> is the part the paragraph
/// lives in (body or footnotes): hyperlink and image relationships belong to it.
/// </summary>
internal sealed class InlineWriter(WordBuild build, OpcPart part, SourceLocation? where, bool inFootnote)
{
    public List<OpenXmlElement> Convert(ImmutableArray<Inline> inlines, RunFormat format)
    {
        var result = new List<OpenXmlElement>();
        Append(result, inlines, format, inLink: false);
        return result;
    }

    private void Append(List<OpenXmlElement> into, ImmutableArray<Inline> inlines, RunFormat format, bool inLink)
    {
        if (inlines.IsDefaultOrEmpty) return;
        for (var i = 0; i < inlines.Length; i++)
        {
            if (inlines[i] is SoftBreak)
            {
                if (!JoinsWideText(inlines, i)) AddText(into, " ", format);
                continue;
            }
            Append(into, inlines[i], format, inLink);
        }
    }

    private void Append(List<OpenXmlElement> into, Inline inline, RunFormat format, bool inLink)
    {
        switch (inline)
        {
            case Model.Text t: AddText(into, t.Value, format); break;
            case Strong s: Append(into, s.Content, format with { Bold = true }, inLink); break;
            case Model.Emphasis e: Append(into, e.Content, format with { Emphasis = true }, inLink); break;
            case Strikethrough s: Append(into, s.Content, format with { Strike = true }, inLink); break;
            case Model.Underline u: Append(into, u.Content, format with { Underline = true }, inLink); break;
            case Superscript s: Append(into, s.Content, format with { VerticalPosition = VerticalPositionValues.Superscript }, inLink); break;
            case Subscript s: Append(into, s.Content, format with { VerticalPosition = VerticalPositionValues.Subscript }, inLink); break;
            case Code c: AddText(into, c.Text, format with { StyleId = build.Styles.Id(StyleNames.VerbatimChar) }); break;
            case Span s: Append(into, s.Content, SpanFormat(s, format), inLink); break;
            case Model.Ruby r: Append(into, r.Fallback, format, inLink); break;
            case Formula f: into.Add(FormulaRuns.Element(f)); break;
            case Link l: AddLink(into, l, format, inLink); break;
            case Model.Image img: AddImage(into, img, format); break;
            case LineBreak: into.Add(new Run(new Break())); break;
            case SoftBreak: AddText(into, " ", format); break;
            case FootnoteRef f: AddFootnote(into, f, format); break;
            case RawInline: break; // the reader never leaves HTML for a writer
        }
    }

    private RunFormat SpanFormat(Span span, RunFormat format)
    {
        if (KeyTerms.IsKeyTerm(span)) return format with { StyleId = build.Styles.Id(StyleNames.KeyTerm) };
        var s = span.Style;
        return format with
        {
            Color = s.Color ?? format.Color,
            Background = s.Background ?? format.Background,
            Bold = format.Bold || s.Bold,
            Italic = format.Italic || s.Italic,
            Underline = format.Underline || s.Underline,
            Strike = format.Strike || s.Strikethrough,
        };
    }

    private void AddLink(List<OpenXmlElement> into, Link link, RunFormat format, bool inLink)
    {
        if (inLink)
        {
            Append(into, link.Content, format, inLink: true);
            return;
        }
        var hyperlink = CreateHyperlink(link);
        if (hyperlink is null)
        {
            Append(into, link.Content, format, inLink: false);
            return;
        }
        var linkFormat = format.StyleId is null ? format with { StyleId = build.Styles.Id(StyleNames.Hyperlink) } : format;
        var runs = new List<OpenXmlElement>();
        Append(runs, link.Content, linkFormat, inLink: true);
        hyperlink.Append(runs);
        into.Add(hyperlink);
    }

    private Hyperlink? CreateHyperlink(Link link)
    {
        var hyperlink = new Hyperlink { History = true };
        if (link.Title.Length > 0) hyperlink.Tooltip = build.Clean(link.Title, where);
        if (link.Url.StartsWith('#'))
        {
            var id = Uri.UnescapeDataString(link.Url[1..]);
            var name = build.Bookmarks.NameFor(id);
            if (name is null)
            {
                build.Context.Diagnostics.ReportOnce(InternalLinks.KeyFor(id), new Diagnostic(Severity.Warning, "link-target-missing",
                    $"link target '{link.Url}' is not an id in this document; the link text is kept without a link", where));
                return null;
            }
            hyperlink.Anchor = name;
            return hyperlink;
        }
        if (!Uri.TryCreate(build.Clean(link.Url, where), UriKind.RelativeOrAbsolute, out var uri))
        {
            build.Context.Diagnostics.Warning("link-invalid", $"link '{link.Url}' is not a valid URL; the link text is kept without a link", where);
            return null;
        }
        hyperlink.Id = part.RelateExternal(RelationshipTypes.Hyperlink, uri.OriginalString);
        return hyperlink;
    }

    private void AddImage(List<OpenXmlElement> into, Model.Image image, RunFormat format)
    {
        var run = build.Images.CreateRun(image, part, where);
        if (run is not null) into.Add(run);
        else AddText(into, image.Alt.Length > 0 ? "[" + image.Alt + "]" : "[" + image.Url + "]", format);
    }

    private void AddFootnote(List<OpenXmlElement> into, FootnoteRef reference, RunFormat format)
    {
        var run = inFootnote ? null : build.Footnotes.Reference(reference, where);
        if (run is not null) into.Add(run);
        else AddText(into, "[" + reference.Number + "]", format with { VerticalPosition = VerticalPositionValues.Superscript });
    }

    /// <summary>Adds text as runs; emphasis splits it into Han (emphasis dots) and other (italic) pieces.</summary>
    private void AddText(List<OpenXmlElement> into, string text, RunFormat format)
    {
        text = build.Clean(text, where);
        if (text.Length == 0) return;
        if (!format.Emphasis)
        {
            into.AddRange(build.Fallbacks.Runs(text, format, han: false));
            return;
        }
        foreach (var (piece, han) in CjkText.SplitHan(text)) into.AddRange(build.Fallbacks.Runs(piece, format, han));
    }

    public static Run TextRun(string text, RunFormat format, bool han)
    {
        var run = new Run();
        if (format.ToRunProperties(CjkText.NeedsEastAsianHint(text), han) is { } properties) run.Append(properties);
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && text[i] is not ('\t' or '\n' or '\r')) continue;
            if (i > start) run.Append(new W.Text(text[start..i]) { Space = SpaceProcessingModeValues.Preserve });
            if (i < text.Length)
            {
                if (text[i] == '\t') run.Append(new TabChar());
                else if (text[i] == '\n') run.Append(new Break());
            }
            start = i + 1;
        }
        return run;
    }

    /// <summary>A soft break between two full-width characters vanishes (Chinese soft wrap), otherwise it is a space.</summary>
    private static bool JoinsWideText(ImmutableArray<Inline> inlines, int index) =>
        index > 0 && index + 1 < inlines.Length &&
        inlines[index - 1] is Model.Text before && inlines[index + 1] is Model.Text after &&
        CjkText.IsWide(CjkText.LastCodePoint(before.Value)) && CjkText.IsWide(CjkText.FirstCodePoint(after.Value));
}
