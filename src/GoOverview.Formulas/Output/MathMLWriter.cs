using System.Globalization;
using System.Text;
using GoOverview.Formulas.Tree;

namespace GoOverview.Formulas.Output;

/// <summary>Writes a formula as presentation MathML (MathML Core where it suffices; valid MathML 3 for EPUB).</summary>
public static class MathMLWriter
{
    public const string Namespace = "http://www.w3.org/1998/Math/MathML";

    /// <summary>A complete &lt;math&gt; element; alttext carries the TeX source for assistive technology.</summary>
    public static string Write(MathNode root, bool display, string tex)
    {
        var xml = new StringBuilder();
        xml.Append("<math xmlns=\"").Append(Namespace).Append('"');
        if (display) xml.Append(" display=\"block\"");
        xml.Append(" alttext=\"").AppendEscaped(tex).Append("\">");
        xml.Append("<semantics>");
        Write(xml, root, display);
        xml.Append("<annotation encoding=\"application/x-tex\">").AppendEscaped(tex).Append("</annotation>");
        xml.Append("</semantics></math>");
        return xml.ToString();
    }

    private static void Write(StringBuilder xml, MathNode node, bool display)
    {
        switch (node)
        {
            case MathRow row:
                xml.Append("<mrow>");
                foreach (var item in row.Items) Write(xml, item, display);
                xml.Append("</mrow>");
                break;
            case MathAtom atom:
                WriteAtom(xml, atom);
                break;
            case MathScripts scripts:
                WriteScripts(xml, scripts, display);
                break;
            case MathFraction fraction:
                var fractionDisplay = fraction.Style switch { MathFractionStyle.Display => true, MathFractionStyle.Text => false, _ => display };
                if (fraction.Style != MathFractionStyle.Auto) xml.Append("<mstyle displaystyle=\"").Append(fractionDisplay ? "true" : "false").Append("\">");
                xml.Append(fraction.HasBar ? "<mfrac>" : "<mfrac linethickness=\"0\">");
                Write(xml, fraction.Numerator, false);
                Write(xml, fraction.Denominator, false);
                xml.Append("</mfrac>");
                if (fraction.Style != MathFractionStyle.Auto) xml.Append("</mstyle>");
                break;
            case MathRadical { Degree: null } radical:
                xml.Append("<msqrt>");
                Write(xml, radical.Body, display);
                xml.Append("</msqrt>");
                break;
            case MathRadical radical:
                xml.Append("<mroot>");
                Write(xml, radical.Body, display);
                Write(xml, radical.Degree!, false);
                xml.Append("</mroot>");
                break;
            case MathDelimited delimited:
                xml.Append("<mrow>");
                WriteFence(xml, delimited.Open);
                Write(xml, delimited.Body, display);
                WriteFence(xml, delimited.Close);
                xml.Append("</mrow>");
                break;
            case MathAccent accent:
                xml.Append("<mover accent=\"true\">");
                Write(xml, accent.Base, display);
                xml.Append("<mo stretchy=\"").Append(accent.Stretchy ? "true" : "false").Append("\">").AppendEscaped(accent.Accent).Append("</mo>");
                xml.Append("</mover>");
                break;
            case MathOverUnder overUnder:
                WriteOverUnder(xml, overUnder, display);
                break;
            case MathTable table:
                WriteTable(xml, table, display);
                break;
            case MathSpace space:
                xml.Append("<mspace width=\"").Append(space.Em.ToString("0.###", CultureInfo.InvariantCulture)).Append("em\"/>");
                break;
            case MathText text:
                xml.Append("<mtext>").AppendEscaped(text.Text).Append("</mtext>");
                break;
            case MathStyled styled:
                xml.Append("<mstyle displaystyle=\"").Append(styled.Display ? "true" : "false").Append("\">");
                Write(xml, styled.Body, styled.Display);
                xml.Append("</mstyle>");
                break;
            case MathUnknown unknown:
                xml.Append("<mtext mathvariant=\"monospace\">").AppendEscaped(unknown.Tex).Append("</mtext>");
                break;
        }
    }

    private static void WriteAtom(StringBuilder xml, MathAtom atom)
    {
        var text = MathAlphabets.Styled(atom);
        switch (atom.Kind)
        {
            case MathAtomKind.Identifier:
                xml.Append(atom.Variant == MathVariant.Upright && text.Length == 1 ? "<mi mathvariant=\"normal\">" : "<mi>")
                    .AppendEscaped(text).Append("</mi>");
                break;
            case MathAtomKind.Function:
                xml.Append("<mi>").AppendEscaped(text).Append("</mi>");
                break;
            case MathAtomKind.Number:
                xml.Append("<mn>").AppendEscaped(text).Append("</mn>");
                break;
            case MathAtomKind.Ordinary when atom.Variant != MathVariant.Default:
                xml.Append("<mi>").AppendEscaped(text).Append("</mi>");
                break;
            default:
                xml.Append("<mo");
                if (atom.Kind == MathAtomKind.LargeOperator) xml.Append(" largeop=\"true\" movablelimits=\"true\"");
                if (atom.Size > 0)
                {
                    var size = atom.Size.ToString("0.##", CultureInfo.InvariantCulture);
                    xml.Append(" minsize=\"").Append(size).Append("em\" maxsize=\"").Append(size).Append("em\"");
                }
                else if (atom.Kind is MathAtomKind.Open or MathAtomKind.Close) xml.Append(" stretchy=\"false\"");
                xml.Append('>').AppendEscaped(text).Append("</mo>");
                break;
        }
    }

    private static void WriteFence(StringBuilder xml, string delimiter)
    {
        if (delimiter.Length == 0) return;
        xml.Append("<mo fence=\"true\" stretchy=\"true\">").AppendEscaped(delimiter).Append("</mo>");
    }

    private static void WriteScripts(StringBuilder xml, MathScripts scripts, bool display)
    {
        var limits = scripts.LimitsAt(display: true);
        var (both, subOnly, supOnly) = limits ? ("munderover", "munder", "mover") : ("msubsup", "msub", "msup");
        if (scripts.Sub is null && scripts.Sup is null)
        {
            Write(xml, scripts.Base, display);
            return;
        }
        var element = scripts.Sub is not null && scripts.Sup is not null ? both : scripts.Sub is not null ? subOnly : supOnly;
        xml.Append('<').Append(element).Append('>');
        Write(xml, scripts.Base, display);
        if (scripts.Sub is not null) Write(xml, scripts.Sub, false);
        if (scripts.Sup is not null) Write(xml, scripts.Sup, false);
        xml.Append("</").Append(element).Append('>');
    }

    private static void WriteOverUnder(StringBuilder xml, MathOverUnder node, bool display)
    {
        switch (node.Kind)
        {
            case MathOverUnderKind.Overline or MathOverUnderKind.Overbrace:
                if (node.Annotation is not null) xml.Append("<mover>");
                xml.Append("<mover accent=\"true\">");
                Write(xml, node.Base, display);
                xml.Append("<mo stretchy=\"true\">").Append(node.Kind == MathOverUnderKind.Overline ? "‾" : "⏞").Append("</mo></mover>");
                if (node.Annotation is not null) { Write(xml, node.Annotation, false); xml.Append("</mover>"); }
                break;
            case MathOverUnderKind.Underline or MathOverUnderKind.Underbrace:
                if (node.Annotation is not null) xml.Append("<munder>");
                xml.Append("<munder accentunder=\"true\">");
                Write(xml, node.Base, display);
                xml.Append("<mo stretchy=\"true\">").Append(node.Kind == MathOverUnderKind.Underline ? "_" : "⏟").Append("</mo></munder>");
                if (node.Annotation is not null) { Write(xml, node.Annotation, false); xml.Append("</munder>"); }
                break;
            case MathOverUnderKind.Over:
                xml.Append("<mover>");
                Write(xml, node.Base, display);
                Write(xml, node.Annotation ?? MathRow.Empty, false);
                xml.Append("</mover>");
                break;
            case MathOverUnderKind.Under:
                xml.Append("<munder>");
                Write(xml, node.Base, display);
                Write(xml, node.Annotation ?? MathRow.Empty, false);
                xml.Append("</munder>");
                break;
        }
    }

    private static void WriteTable(StringBuilder xml, MathTable table, bool display)
    {
        var cellDisplay = table.Kind is MathTableKind.Aligned or MathTableKind.Gathered && display;
        xml.Append("<mtable");
        if (cellDisplay) xml.Append(" displaystyle=\"true\"");
        if (table.Kind == MathTableKind.Aligned) xml.Append(" columnspacing=\"0em 2em\"");
        xml.Append('>');
        foreach (var row in table.Rows)
        {
            xml.Append("<mtr>");
            for (var column = 0; column < row.Length; column++)
            {
                xml.Append("<mtd columnalign=\"").Append(table.AlignOf(column) switch
                {
                    MathColumnAlign.Left => "left",
                    MathColumnAlign.Right => "right",
                    _ => "center",
                }).Append("\">");
                Write(xml, row[column], cellDisplay);
                xml.Append("</mtd>");
            }
            xml.Append("</mtr>");
        }
        xml.Append("</mtable>");
    }
}
