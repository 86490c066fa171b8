namespace GoOverview.Model;

/// <summary>
/// The one place that decides what a key term is: a span drawn red and bold (as the seed writes
/// <c>color:rgb(255，0，0);font-weight:bold</c>). The reader tags such spans with <see cref="ClassName"/>;
/// writers map the class to their native form (PDF colour + bold face, Word character style, EPUB CSS class, PPTX run).
/// </summary>
public static class KeyTerms
{
    public const string ClassName = "key-term";

    public static bool IsKeyTermStyle(TextStyle style) => style.Bold && style.Color is { } c && IsRed(c);

    public static bool IsKeyTerm(Span span) => span.Attr.HasClass(ClassName);

    /// <summary>Pure or near-pure red: strong red channel, weak green and blue.</summary>
    public static bool IsRed(RgbColor c) => c.A > 0 && c.R >= 200 && c.G <= 60 && c.B <= 60;
}
