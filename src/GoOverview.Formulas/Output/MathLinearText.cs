using System.Text;
using GoOverview.Formulas.Tree;

namespace GoOverview.Formulas.Output;

/// <summary>
/// A formula as one line of plain Unicode ("∑_(i=1)^n i = (n(n+1))/2"): what a PDF reader copies and searches, and
/// what plain-text outputs show. No TeX commands, no dollar signs.
/// </summary>
public static class MathLinearText
{
    public static string Of(MathNode node)
    {
        var text = new StringBuilder();
        Append(text, node);
        return text.ToString().Trim();
    }

    private static void Append(StringBuilder text, MathNode node)
    {
        switch (node)
        {
            case MathRow row:
                foreach (var item in row.Items) Append(text, item);
                break;
            case MathAtom atom:
                var spaced = atom.Kind is MathAtomKind.Relation or MathAtomKind.Binary && atom.Text.Length > 0;
                var word = atom.Kind is MathAtomKind.Function or MathAtomKind.LargeOperator;
                if (spaced || word && text.Length > 0 && text[^1] is not (' ' or '(' or '[')) text.Append(' ');
                text.Append(atom.Text);
                if (spaced || atom.Kind == MathAtomKind.Punctuation) text.Append(' ');
                else if (word) text.Append(' ');
                break;
            case MathScripts scripts:
                Append(text, scripts.Base);
                TrimEnd(text);
                if (scripts.Sub is not null) { text.Append('_'); Group(text, scripts.Sub); }
                if (scripts.Sup is not null)
                {
                    if (scripts.Sup is MathAtom { Text: "′" or "″" or "‴" } prime) text.Append(prime.Text);
                    else { text.Append('^'); Group(text, scripts.Sup); }
                }
                text.Append(' ');
                break;
            case MathFraction { HasBar: true } fraction:
                Group(text, fraction.Numerator);
                text.Append('/');
                Group(text, fraction.Denominator);
                break;
            case MathFraction fraction:
                Group(text, fraction.Numerator);
                text.Append(" over ");
                Group(text, fraction.Denominator);
                break;
            case MathRadical radical:
                text.Append(radical.Degree is null ? "√" : "");
                if (radical.Degree is not null) { text.Append("root"); Group(text, radical.Degree); text.Append(' '); }
                Group(text, radical.Body);
                break;
            case MathDelimited delimited:
                text.Append(delimited.Open);
                Append(text, delimited.Body);
                TrimEnd(text);
                text.Append(delimited.Close);
                break;
            case MathAccent accent:
                Append(text, accent.Base);
                text.Append(char.ConvertFromUtf32(MathAccents.Combining(accent.Accent)));
                break;
            case MathOverUnder overUnder:
                Append(text, overUnder.Base);
                if (overUnder.Kind == MathOverUnderKind.Overline) text.Append('\u0305');
                if (overUnder.Annotation is not null)
                {
                    text.Append(overUnder.Kind is MathOverUnderKind.Underbrace or MathOverUnderKind.Under ? '_' : '^');
                    Group(text, overUnder.Annotation);
                }
                break;
            case MathTable table:
                for (var r = 0; r < table.Rows.Length; r++)
                {
                    if (r > 0) text.Append("; ");
                    for (var c = 0; c < table.Rows[r].Length; c++)
                    {
                        if (c > 0 && table.Kind != MathTableKind.Aligned) text.Append("  ");
                        Append(text, table.Rows[r][c]);
                        TrimEnd(text);
                    }
                }
                break;
            case MathSpace space:
                if (space.Em > 0.2) text.Append(' ');
                break;
            case MathText t:
                text.Append(t.Text);
                break;
            case MathStyled styled:
                Append(text, styled.Body);
                break;
            case MathUnknown unknown:
                text.Append(unknown.Tex.TrimStart('\\'));
                break;
        }
    }

    /// <summary>A script, numerator or radicand: bare when it is one symbol, else in parentheses.</summary>
    private static void Group(StringBuilder text, MathNode node)
    {
        var inner = Of(node);
        var simple = inner.Length > 0 && (node is MathAtom || node is MathScripts { Base: MathAtom } && !inner.Contains(' ')) && !inner.Contains(' ');
        if (simple) text.Append(inner);
        else text.Append('(').Append(inner).Append(')');
    }

    private static void TrimEnd(StringBuilder text)
    {
        while (text.Length > 0 && text[^1] == ' ') text.Length--;
    }
}
