using System.Xml.Linq;
using GoOverview.Fonts;
using GoOverview.Model;
using GoOverview.Slides.Planning;

namespace GoOverview.Slides.Pptx;

/// <summary>Makes the a:hlinkClick of a link run (a relationship of the slide being written), or null if the link cannot be made.</summary>
internal delegate XElement? HyperlinkFactory(string url, SourceLocation? location);

/// <summary>
/// DrawingML runs: every run names its Latin and East Asian typefaces (a:latin, a:ea), a language that matches its
/// script, and its size; key terms are bold with a hex solid fill. Characters the main fonts lack (symbols, emoji,
/// Korean) are cut into runs that name the fallback face of the font chain in every slot (a:latin, a:ea, a:cs, a:sym).
/// </summary>
internal sealed class RunXml(XmlTextCleaner cleaner, string fontFamily, string monoFamily, FontLibrary fonts)
{
    private static readonly XNamespace A = Ns.A;
    private readonly Dictionary<FontFile, SortedSet<int>> _fallbacks = new();

    /// <summary>The fallback faces the runs named, in chain order, with the characters each drew (to embed).</summary>
    public IEnumerable<(FontFile Face, SortedSet<int> CodePoints)> UsedFallbacks =>
        fonts.Fallbacks.Where(_fallbacks.ContainsKey).Select(f => (f, _fallbacks[f]));

    public IEnumerable<XElement> Runs(SlideRun run, double fontSize, SourceLocation? location, HyperlinkFactory? links)
    {
        if (run.Formula is { } formula)
        {
            // LibreOffice drops a paragraph whose only content is an mc:AlternateContent: an empty run keeps it.
            yield return new XElement(A + "r", Properties(run.Style, fontSize, eastAsian: false), new XElement(A + "t", ""));
            var linear = GoOverview.Formulas.Output.MathLinearText.Of(GoOverview.Formulas.Parsing.TexParser.Parse(formula.Tex).Root);
            yield return FormulaXml.Element(formula, fontFamily, Runs(run with { Formula = null, Text = linear }, fontSize, location, links));
            yield break;
        }
        var text = cleaner.Clean(run.Text, location);
        var link = run.LinkUrl is { Length: > 0 } url && links is not null ? links(url, location) : null;
        foreach (var (segment, eastAsian) in ScriptSegments.Split(text))
        {
            if (!FontChain.MayNeedFallback(segment))
            {
                yield return new XElement(A + "r",
                    Properties(run.Style, fontSize, eastAsian, link is null ? null : new XElement(link)),
                    new XElement(A + "t", segment));
                continue;
            }
            foreach (var piece in FontChain.Split(fonts, segment, fonts.Regular))
            {
                var pieceText = segment.Substring(piece.Start, piece.Length);
                var face = piece.Font is { Role: FontRole.Fallback } f ? f : null;
                if (face is not null)
                {
                    if (!_fallbacks.TryGetValue(face, out var set)) _fallbacks[face] = set = new SortedSet<int>();
                    foreach (var rune in pieceText.EnumerateRunes()) set.Add(rune.Value);
                }
                var rPr = Properties(run.Style, fontSize, eastAsian, link is null ? null : new XElement(link), face?.Family);
                // No bundled font has it: the character stays, highlighted so that it is never invisible.
                if (piece.Font is null && !string.IsNullOrWhiteSpace(pieceText))
                    rPr.Element(A + "latin")!.AddBeforeSelf(new XElement(A + "highlight", new XElement(A + "srgbClr", new XAttribute("val", "D9D9D9"))));
                yield return new XElement(A + "r", rPr, new XElement(A + "t", pieceText));
            }
        }
    }

    /// <param name="fallbackTypeface">A fallback face of the chain to name in every slot (null: the deck's fonts).</param>
    public XElement Properties(RunStyle style, double fontSize, bool eastAsian, XElement? hyperlink = null, string? fallbackTypeface = null)
    {
        var rPr = new XElement(A + "rPr",
            new XAttribute("lang", eastAsian ? "zh-CN" : "en-US"),
            eastAsian ? new XAttribute("altLang", "en-US") : null,
            new XAttribute("sz", Emu.FontSize(fontSize)));
        if (style.Bold) rPr.Add(new XAttribute("b", "1"));
        if (style.Italic && !eastAsian) rPr.Add(new XAttribute("i", "1"));
        if (style.Underline) rPr.Add(new XAttribute("u", "sng"));
        if (style.Strikethrough) rPr.Add(new XAttribute("strike", "sngStrike"));
        if (style.Baseline != RunBaseline.Normal) rPr.Add(new XAttribute("baseline", style.Baseline == RunBaseline.Superscript ? "30000" : "-25000"));
        rPr.Add(new XAttribute("dirty", "0"));
        if (style.Color is { } color)
            rPr.Add(new XElement(A + "solidFill", new XElement(A + "srgbClr", new XAttribute("val", color.ToHex()))));
        if (fallbackTypeface is not null)
        {
            foreach (var slot in new[] { "latin", "ea", "cs", "sym" })
                rPr.Add(new XElement(A + slot, new XAttribute("typeface", fallbackTypeface)));
            if (hyperlink is not null) rPr.Add(hyperlink);
            return rPr;
        }
        var latin = style.Monospace ? monoFamily : fontFamily;
        rPr.Add(new XElement(A + "latin", new XAttribute("typeface", latin)));
        rPr.Add(new XElement(A + "ea", new XAttribute("typeface", fontFamily), new XAttribute("pitchFamily", "34"), new XAttribute("charset", "-122")));
        rPr.Add(new XElement(A + "cs", new XAttribute("typeface", fontFamily)));
        if (hyperlink is not null) rPr.Add(hyperlink);
        return rPr;
    }
}
