using System.Text;
using GoOverview.Formulas.Tree;

namespace GoOverview.Formulas.Output;

/// <summary>
/// Writes a formula as Office Math (OMML) so Word, WPS and PowerPoint show an editable equation. Element order follows
/// the ECMA-376 schema (validated by OpenXmlValidator in the writers' tests).
/// </summary>
public sealed class OmmlWriter
{
    public const string Namespace = "http://schemas.openxmlformats.org/officeDocument/2006/math";

    private readonly StringBuilder _xml = new();
    private readonly OmmlHost _host;

    private OmmlWriter(OmmlHost host) => _host = host;

    /// <summary>An m:oMathPara (display, centred) or m:oMath (inline) element with its namespaces declared.</summary>
    public static string Write(MathNode root, bool display, OmmlHost host)
    {
        var writer = new OmmlWriter(host);
        var declarations = $" xmlns:m=\"{Namespace}\" xmlns:{host.Prefix}=\"{host.NamespaceUri}\"";
        if (display)
        {
            writer._xml.Append("<m:oMathPara").Append(declarations).Append("><m:oMathParaPr><m:jc m:val=\"center\"/></m:oMathParaPr><m:oMath>");
            writer.WriteNode(root);
            writer._xml.Append("</m:oMath></m:oMathPara>");
        }
        else
        {
            writer._xml.Append("<m:oMath").Append(declarations).Append('>');
            writer.WriteNode(root);
            writer._xml.Append("</m:oMath>");
        }
        return writer._xml.ToString();
    }

    private void WriteNode(MathNode node)
    {
        switch (node)
        {
            case MathRow row: WriteItems(row.Items); break;
            case MathStyled styled: WriteNode(styled.Body); break;
            default: WriteItems([node]); break;
        }
    }

    /// <summary>A sequence; a large operator takes the item after it as its operand (m:nary's m:e), as Word does.</summary>
    private void WriteItems(IReadOnlyList<MathNode> items)
    {
        for (var i = 0; i < items.Count; i++)
        {
            if (LargeOperatorOf(items[i]) is { } op)
            {
                MathNode? operand = null;
                if (i + 1 < items.Count && IsOperand(items[i + 1])) operand = items[++i];
                WriteNary(op.Atom, op.Scripts, operand);
                continue;
            }
            WriteSingle(items[i]);
        }
    }

    private static (MathAtom Atom, MathScripts? Scripts)? LargeOperatorOf(MathNode node) => node switch
    {
        MathAtom { Kind: MathAtomKind.LargeOperator } atom => (atom, null),
        MathScripts { Base: MathAtom { Kind: MathAtomKind.LargeOperator } atom } scripts => (atom, scripts),
        _ => null,
    };

    private static bool IsOperand(MathNode node) => node is not MathAtom
    {
        Kind: MathAtomKind.Relation or MathAtomKind.Binary or MathAtomKind.Punctuation or MathAtomKind.Close
    } and not MathSpace;

    private void WriteSingle(MathNode node)
    {
        switch (node)
        {
            case MathRow or MathStyled: WriteNode(node); break;
            case MathAtom atom: WriteAtom(atom); break;
            case MathScripts scripts: WriteScripts(scripts); break;
            case MathFraction fraction:
                _xml.Append("<m:f>");
                if (!fraction.HasBar) _xml.Append("<m:fPr><m:type m:val=\"noBar\"/></m:fPr>");
                Element("num", fraction.Numerator);
                Element("den", fraction.Denominator);
                _xml.Append("</m:f>");
                break;
            case MathRadical radical:
                _xml.Append("<m:rad>");
                if (radical.Degree is null) _xml.Append("<m:radPr><m:degHide m:val=\"1\"/></m:radPr><m:deg/>");
                else Element("deg", radical.Degree);
                Element("e", radical.Body);
                _xml.Append("</m:rad>");
                break;
            case MathDelimited delimited:
                _xml.Append("<m:d><m:dPr><m:begChr m:val=\"").AppendEscaped(delimited.Open)
                    .Append("\"/><m:endChr m:val=\"").AppendEscaped(delimited.Close).Append("\"/></m:dPr>");
                Element("e", delimited.Body);
                _xml.Append("</m:d>");
                break;
            case MathAccent accent:
                _xml.Append("<m:acc><m:accPr><m:chr m:val=\"").AppendEscaped(char.ConvertFromUtf32(MathAccents.Combining(accent.Accent))).Append("\"/></m:accPr>");
                Element("e", accent.Base);
                _xml.Append("</m:acc>");
                break;
            case MathOverUnder overUnder: WriteOverUnder(overUnder); break;
            case MathTable table: WriteTable(table); break;
            case MathSpace space: WriteSpace(space.Em); break;
            case MathText text: Run(text.Text, "<m:rPr><m:nor/></m:rPr>", _host.TextRunProperties); break;
            case MathUnknown unknown: Run(unknown.Tex, "<m:rPr><m:nor/></m:rPr>", _host.CodeRunProperties); break;
        }
    }

    private void Element(string name, MathNode content)
    {
        _xml.Append("<m:").Append(name).Append('>');
        WriteNode(content);
        _xml.Append("</m:").Append(name).Append('>');
    }

    private void Run(string text, string mathProperties, string hostProperties)
    {
        _xml.Append("<m:r>").Append(mathProperties).Append(hostProperties);
        _xml.Append(text.Length > 0 && (char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1])) ? "<m:t xml:space=\"preserve\">" : "<m:t>");
        _xml.AppendEscaped(text).Append("</m:t></m:r>");
    }

    private void WriteAtom(MathAtom atom)
    {
        var upright = atom.Kind is MathAtomKind.Function
            || atom.Variant == MathVariant.Upright && atom.Kind is MathAtomKind.Identifier or MathAtomKind.Binary;
        var properties = upright
            ? "<m:rPr><m:sty m:val=\"p\"/></m:rPr>"
            : atom.Variant switch
            {
                MathVariant.Bold => "<m:rPr><m:sty m:val=\"b\"/></m:rPr>",
                MathVariant.BoldItalic => "<m:rPr><m:sty m:val=\"bi\"/></m:rPr>",
                MathVariant.Italic => "<m:rPr><m:sty m:val=\"i\"/></m:rPr>",
                MathVariant.DoubleStruck => "<m:rPr><m:scr m:val=\"double-struck\"/><m:sty m:val=\"p\"/></m:rPr>",
                MathVariant.Calligraphic => "<m:rPr><m:scr m:val=\"script\"/><m:sty m:val=\"p\"/></m:rPr>",
                MathVariant.Fraktur => "<m:rPr><m:scr m:val=\"fraktur\"/><m:sty m:val=\"p\"/></m:rPr>",
                MathVariant.SansSerif => "<m:rPr><m:scr m:val=\"sans-serif\"/><m:sty m:val=\"p\"/></m:rPr>",
                MathVariant.Monospace => "<m:rPr><m:scr m:val=\"monospace\"/><m:sty m:val=\"p\"/></m:rPr>",
                _ => "",
            };
        // Letterlike alphabets as their Unicode letters (ℝ, 𝒪): Word shows them either way, LibreOffice only so.
        var text = atom.Variant is MathVariant.DoubleStruck or MathVariant.Calligraphic or MathVariant.Fraktur
            ? MathAlphabets.Map(atom.Text, atom.Variant)
            : atom.Text;
        Run(text, properties, _host.MathRunProperties);
    }

    private void WriteScripts(MathScripts scripts)
    {
        if (scripts.Sub is null && scripts.Sup is null) { WriteNode(scripts.Base); return; }
        if (scripts.LimitsAt(display: true))
        {
            // lim_{x→0}, max_{i}: a function with limits under/over it.
            if (scripts.Sub is not null && scripts.Sup is not null)
            {
                _xml.Append("<m:limLow><m:e><m:limUpp>");
                Element("e", scripts.Base);
                Element("lim", scripts.Sup);
                _xml.Append("</m:limUpp></m:e>");
                Element("lim", scripts.Sub);
                _xml.Append("</m:limLow>");
            }
            else
            {
                var name = scripts.Sub is not null ? "limLow" : "limUpp";
                _xml.Append("<m:").Append(name).Append('>');
                Element("e", scripts.Base);
                Element("lim", scripts.Sub ?? scripts.Sup!);
                _xml.Append("</m:").Append(name).Append('>');
            }
            return;
        }
        var element = scripts.Sub is not null && scripts.Sup is not null ? "sSubSup" : scripts.Sub is not null ? "sSub" : "sSup";
        _xml.Append("<m:").Append(element).Append('>');
        Element("e", scripts.Base);
        if (scripts.Sub is not null) Element("sub", scripts.Sub);
        if (scripts.Sup is not null) Element("sup", scripts.Sup);
        _xml.Append("</m:").Append(element).Append('>');
    }

    private void WriteNary(MathAtom op, MathScripts? scripts, MathNode? operand)
    {
        var limits = scripts?.LimitsAt(display: true) ?? !MathAtoms.IsIntegral(op);
        _xml.Append("<m:nary><m:naryPr><m:chr m:val=\"").AppendEscaped(op.Text).Append("\"/>")
            .Append("<m:limLoc m:val=\"").Append(limits ? "undOvr" : "subSup").Append("\"/>");
        if (scripts?.Sub is null) _xml.Append("<m:subHide m:val=\"1\"/>");
        if (scripts?.Sup is null) _xml.Append("<m:supHide m:val=\"1\"/>");
        _xml.Append("</m:naryPr>");
        Element("sub", scripts?.Sub ?? MathRow.Empty);
        Element("sup", scripts?.Sup ?? MathRow.Empty);
        Element("e", operand ?? MathRow.Empty);
        _xml.Append("</m:nary>");
    }

    private void WriteOverUnder(MathOverUnder node)
    {
        switch (node.Kind)
        {
            case MathOverUnderKind.Overline or MathOverUnderKind.Underline:
                _xml.Append("<m:bar><m:barPr><m:pos m:val=\"").Append(node.Kind == MathOverUnderKind.Overline ? "top" : "bot").Append("\"/></m:barPr>");
                Element("e", node.Base);
                _xml.Append("</m:bar>");
                break;
            case MathOverUnderKind.Overbrace or MathOverUnderKind.Underbrace:
                var over = node.Kind == MathOverUnderKind.Overbrace;
                var limit = over ? "limUpp" : "limLow";
                if (node.Annotation is not null) _xml.Append("<m:").Append(limit).Append("><m:e>");
                _xml.Append("<m:groupChr><m:groupChrPr><m:chr m:val=\"").Append(over ? "⏞" : "⏟")
                    .Append("\"/><m:pos m:val=\"").Append(over ? "top" : "bot").Append("\"/><m:vertJc m:val=\"")
                    .Append(over ? "bot" : "top").Append("\"/></m:groupChrPr>");
                Element("e", node.Base);
                _xml.Append("</m:groupChr>");
                if (node.Annotation is not null)
                {
                    _xml.Append("</m:e>");
                    Element("lim", node.Annotation);
                    _xml.Append("</m:").Append(limit).Append('>');
                }
                break;
            case MathOverUnderKind.Over or MathOverUnderKind.Under:
                var name = node.Kind == MathOverUnderKind.Over ? "limUpp" : "limLow";
                _xml.Append("<m:").Append(name).Append('>');
                Element("e", node.Base);
                Element("lim", node.Annotation ?? MathRow.Empty);
                _xml.Append("</m:").Append(name).Append('>');
                break;
        }
    }

    private void WriteTable(MathTable table)
    {
        var columns = System.Math.Max(1, table.ColumnCount);
        _xml.Append("<m:m><m:mPr><m:baseJc m:val=\"center\"/><m:plcHide m:val=\"1\"/><m:mcs>");
        for (var column = 0; column < columns; column++)
        {
            _xml.Append("<m:mc><m:mcPr><m:count m:val=\"1\"/><m:mcJc m:val=\"").Append(table.AlignOf(column) switch
            {
                MathColumnAlign.Left => "left",
                MathColumnAlign.Right => "right",
                _ => "center",
            }).Append("\"/></m:mcPr></m:mc>");
        }
        _xml.Append("</m:mcs></m:mPr>");
        foreach (var row in table.Rows)
        {
            _xml.Append("<m:mr>");
            for (var column = 0; column < columns; column++) Element("e", column < row.Length ? row[column] : MathRow.Empty);
            _xml.Append("</m:mr>");
        }
        _xml.Append("</m:m>");
    }

    private void WriteSpace(double em)
    {
        var space = em switch
        {
            <= 0 => "",
            <= 0.17 => "\u2009",
            <= 0.23 => "\u2005",
            <= 0.5 => "\u2004",
            <= 1.5 => "\u2003",
            _ => "\u2003\u2003",
        };
        if (space.Length > 0) Run(space, "", _host.MathRunProperties);
    }
}
