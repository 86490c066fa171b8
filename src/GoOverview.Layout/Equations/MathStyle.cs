namespace GoOverview.Layout.Equations;

/// <summary>TeX's four styles (display, text, script, scriptscript) and whether superscripts are cramped.</summary>
internal readonly record struct MathStyle(int Level, bool Cramped)
{
    public static readonly MathStyle Display = new(0, false);
    public static readonly MathStyle Text = new(1, false);

    public bool IsDisplay => Level == 0;
    public bool IsScript => Level >= 2;
    public MathStyle Superscript => new(Level <= 1 ? 2 : 3, Cramped);
    public MathStyle Subscript => new(Level <= 1 ? 2 : 3, true);
    public MathStyle Numerator => new(Level switch { 0 => 1, 1 => 2, _ => 3 }, Cramped);
    public MathStyle Denominator => new(Level switch { 0 => 1, 1 => 2, _ => 3 }, true);
    public MathStyle Cramp => this with { Cramped = true };
}
