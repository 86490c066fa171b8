namespace GoOverview.Model;

/// <summary>
/// A TeX formula ($…$, $$…$$, \(…\), \[…\]) kept as its source; each writer typesets it natively (MathML, OMML, our
/// own math layout). A paragraph that holds only a display formula is a display equation.
/// </summary>
public sealed record Formula(string Tex, bool Display) : Inline
{
    /// <summary>The formula of a paragraph that is exactly one display formula (a centred equation), else null.</summary>
    public static Formula? DisplayEquationOf(Block block) =>
        block is Paragraph paragraph && SoleFormula(paragraph) is { Display: true } formula ? formula : null;

    private static Formula? SoleFormula(Paragraph paragraph)
    {
        Formula? found = null;
        foreach (var inline in paragraph.Content)
        {
            switch (inline)
            {
                case Text t when string.IsNullOrWhiteSpace(t.Value):
                case SoftBreak or LineBreak:
                    continue;
                case Formula f when found is null:
                    found = f;
                    continue;
                default:
                    return null;
            }
        }
        return found;
    }
}
