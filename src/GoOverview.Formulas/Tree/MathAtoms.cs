namespace GoOverview.Formulas.Tree;

/// <summary>Facts about atoms that every output needs.</summary>
public static class MathAtoms
{
    private const string Integrals = "∫∬∭∮∯∰";
    private static readonly HashSet<string> LimitFunctionNames =
        ["det", "gcd", "inf", "lim", "liminf", "limsup", "max", "min", "Pr", "sup", "argmax", "argmin"];

    /// <summary>Large operators (except integrals) and functions such as lim take their scripts as limits in display.</summary>
    public static bool TakesLimits(MathAtom atom) => atom.Kind switch
    {
        MathAtomKind.LargeOperator => !Integrals.Contains(atom.Text, StringComparison.Ordinal),
        MathAtomKind.Function => LimitFunctionNames.Contains(atom.Text),
        _ => false,
    };

    public static bool IsIntegral(MathAtom atom) =>
        atom.Kind == MathAtomKind.LargeOperator && Integrals.Contains(atom.Text, StringComparison.Ordinal);
}
