using GoOverview.Formulas.Output;
using GoOverview.Formulas.Parsing;
using GoOverview.Formulas.Tree;
using GoOverview.Model;

namespace GoOverview.Layout.Equations;

/// <summary>
/// The characters a formula asks the math face for (its subset): styled letters (𝑥, ℝ), operators, delimiters, the
/// radical sign, braces and combining accents. Size variants and assembly parts come with them: hb-subset keeps the
/// MATH table's closure. Text and unsupported TeX are set in the text faces, whose sets the writers collect anyway.
/// </summary>
public static class EquationCharacters
{
    public static void AddTo(ISet<int> math, Formula formula) => Add(math, TexParser.Parse(formula.Tex).Root);

    private static void Add(ISet<int> math, MathNode node)
    {
        switch (node)
        {
            case MathRow row:
                foreach (var item in row.Items) Add(math, item);
                break;
            case MathAtom atom:
                AddText(math, MathAlphabets.Styled(atom));
                break;
            case MathScripts scripts:
                Add(math, scripts.Base);
                if (scripts.Sub is not null) Add(math, scripts.Sub);
                if (scripts.Sup is not null) Add(math, scripts.Sup);
                break;
            case MathFraction fraction:
                Add(math, fraction.Numerator);
                Add(math, fraction.Denominator);
                break;
            case MathRadical radical:
                math.Add('√');
                Add(math, radical.Body);
                if (radical.Degree is not null) Add(math, radical.Degree);
                break;
            case MathDelimited delimited:
                AddText(math, delimited.Open);
                AddText(math, delimited.Close);
                Add(math, delimited.Body);
                break;
            case MathAccent accent:
                math.Add(MathAccents.Combining(accent.Accent));
                Add(math, accent.Base);
                break;
            case MathOverUnder overUnder:
                if (overUnder.Kind == MathOverUnderKind.Overbrace) math.Add('⏞');
                if (overUnder.Kind == MathOverUnderKind.Underbrace) math.Add('⏟');
                Add(math, overUnder.Base);
                if (overUnder.Annotation is not null) Add(math, overUnder.Annotation);
                break;
            case MathTable table:
                foreach (var row in table.Rows)
                    foreach (var cell in row) Add(math, cell);
                break;
            case MathStyled styled:
                Add(math, styled.Body);
                break;
        }
    }

    private static void AddText(ISet<int> math, string text)
    {
        for (var i = 0; i < text.Length; i += char.IsSurrogatePair(text, i) ? 2 : 1) math.Add(char.ConvertToUtf32(text, i));
    }
}
