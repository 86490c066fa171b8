using System.Collections.Immutable;
using GoOverview.Formulas.Tree;

namespace GoOverview.Formulas.Parsing;

/// <summary>A parsed formula: its tree and what could not be parsed (unknown commands keep their TeX in the tree).</summary>
public sealed record ParsedMath(MathNode Root, ImmutableArray<MathProblem> Problems);
