namespace GoOverview.Layout;

/// <summary>
/// The one kinsoku (禁则) table of GoOverview, for anything that breaks lines itself (the typesetter, the EPUB cover):
/// marks that may not start a line and marks that may not end one (<see cref="CharClasses"/> holds the lists).
/// </summary>
public static class Kinsoku
{
    public static bool MayNotStartLine(int codePoint) => CharClasses.Classify(codePoint) == BreakClass.NoStart;

    public static bool MayNotEndLine(int codePoint) => CharClasses.Classify(codePoint) == BreakClass.NoEnd;
}
