namespace GoOverview.Formulas.Parsing;

/// <summary>Something in the TeX source we could not typeset as written; Offset is into the formula's source.</summary>
public sealed record MathProblem(int Offset, string Message);
