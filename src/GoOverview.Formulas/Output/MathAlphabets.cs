using System.Text;
using GoOverview.Formulas.Tree;

namespace GoOverview.Formulas.Output;

/// <summary>
/// Maps letters and digits to the Unicode Mathematical Alphanumeric Symbols (𝑥, 𝐱, ℝ, 𝒜 …), so every output draws
/// the same alphabet from the math font instead of relying on a renderer's mathvariant support.
/// </summary>
public static class MathAlphabets
{
    // Letters that live in the Letterlike Symbols block instead of the hole left for them in the math block.
    private static readonly Dictionary<(MathVariant, char), char> Holes = new()
    {
        [(MathVariant.Italic, 'h')] = 'ℎ',
        [(MathVariant.DoubleStruck, 'C')] = 'ℂ', [(MathVariant.DoubleStruck, 'H')] = 'ℍ', [(MathVariant.DoubleStruck, 'N')] = 'ℕ',
        [(MathVariant.DoubleStruck, 'P')] = 'ℙ', [(MathVariant.DoubleStruck, 'Q')] = 'ℚ', [(MathVariant.DoubleStruck, 'R')] = 'ℝ',
        [(MathVariant.DoubleStruck, 'Z')] = 'ℤ',
        [(MathVariant.Calligraphic, 'B')] = 'ℬ', [(MathVariant.Calligraphic, 'E')] = 'ℰ', [(MathVariant.Calligraphic, 'F')] = 'ℱ',
        [(MathVariant.Calligraphic, 'H')] = 'ℋ', [(MathVariant.Calligraphic, 'I')] = 'ℐ', [(MathVariant.Calligraphic, 'L')] = 'ℒ',
        [(MathVariant.Calligraphic, 'M')] = 'ℳ', [(MathVariant.Calligraphic, 'R')] = 'ℛ', [(MathVariant.Calligraphic, 'e')] = 'ℯ',
        [(MathVariant.Calligraphic, 'g')] = 'ℊ', [(MathVariant.Calligraphic, 'o')] = 'ℴ',
        [(MathVariant.Fraktur, 'C')] = 'ℭ', [(MathVariant.Fraktur, 'H')] = 'ℌ', [(MathVariant.Fraktur, 'I')] = 'ℑ',
        [(MathVariant.Fraktur, 'R')] = 'ℜ', [(MathVariant.Fraktur, 'Z')] = 'ℨ',
    };

    private static int? LatinBase(MathVariant variant) => variant switch
    {
        MathVariant.Bold => 0x1D400,
        MathVariant.Italic => 0x1D434,
        MathVariant.BoldItalic => 0x1D468,
        MathVariant.Calligraphic => 0x1D49C,
        MathVariant.Fraktur => 0x1D504,
        MathVariant.DoubleStruck => 0x1D538,
        MathVariant.SansSerif => 0x1D5A0,
        MathVariant.Monospace => 0x1D670,
        _ => null,
    };

    private static int? DigitBase(MathVariant variant) => variant switch
    {
        MathVariant.Bold => 0x1D7CE,
        MathVariant.DoubleStruck => 0x1D7D8,
        MathVariant.SansSerif => 0x1D7E2,
        MathVariant.Monospace => 0x1D7F6,
        _ => null,
    };

    // After ω the math Greek blocks continue with ∂ ϵ ϑ ϰ ϕ ϱ ϖ.
    private const string GreekSymbolOffsets = "∂ϵϑϰϕϱϖ";

    private static int? GreekBase(MathVariant variant) => variant switch
    {
        MathVariant.Bold => 0x1D6A8,
        MathVariant.Italic => 0x1D6E2,
        MathVariant.BoldItalic => 0x1D71C,
        _ => null,
    };

    /// <summary>The atom's text in the alphabet it is drawn from; Default single letters are italic.</summary>
    public static string Styled(MathAtom atom)
    {
        var variant = atom.Variant;
        if (variant == MathVariant.Default)
        {
            if (atom.Kind != MathAtomKind.Identifier) return atom.Text;
            variant = MathVariant.Italic;
        }
        return Map(atom.Text, variant);
    }

    public static string Map(string text, MathVariant variant)
    {
        if (variant is MathVariant.Default or MathVariant.Upright) return text;
        var result = new StringBuilder(text.Length * 2);
        foreach (var c in text) result.Append(Map(c, variant));
        return result.ToString();
    }

    private static string Map(char c, MathVariant variant)
    {
        if (Holes.TryGetValue((variant, c), out var hole)) return hole.ToString();
        int? code = null;
        if (c is >= 'A' and <= 'Z' && LatinBase(variant) is { } upper) code = upper + (c - 'A');
        else if (c is >= 'a' and <= 'z' && LatinBase(variant) is { } lower) code = lower + 26 + (c - 'a');
        else if (c is >= '0' and <= '9' && DigitBase(variant) is { } digit) code = digit + (c - '0');
        else if (c is >= 'Α' and <= 'Ω' && c != '\u03A2' && GreekBase(variant) is { } greekUpper) code = greekUpper + (c - 'Α');
        else if (c is >= 'α' and <= 'ω' && GreekBase(variant) is { } greekLower) code = greekLower + 26 + (c - 'α');
        else if (GreekSymbolOffsets.IndexOf(c) is >= 0 and var offset && GreekBase(variant) is { } greekSymbol) code = greekSymbol + 51 + offset;
        return code is { } value ? char.ConvertFromUtf32(value) : c.ToString();
    }
}
