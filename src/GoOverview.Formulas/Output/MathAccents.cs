namespace GoOverview.Formulas.Output;

/// <summary>
/// The combining mark of an accent (\hat → U+0302): what Office Math's m:chr expects and what math fonts position
/// and stretch; also what the linear text appends to its base.
/// </summary>
public static class MathAccents
{
    public static int Combining(string accent) => accent switch
    {
        "^" => 0x0302,
        "~" => 0x0303,
        "¯" => 0x0304,
        "→" => 0x20D7,
        "←" => 0x20D6,
        "˙" => 0x0307,
        "¨" => 0x0308,
        "ˇ" => 0x030C,
        "´" => 0x0301,
        "`" => 0x0300,
        "˘" => 0x0306,
        "˚" => 0x030A,
        _ => char.ConvertToUtf32(accent, 0),
    };
}
