using System.Collections.Immutable;
using GoOverview.Formulas.Tree;

namespace GoOverview.Formulas.Parsing;

public sealed partial class TexParser
{
    private static readonly Dictionary<string, MathVariant> FontCommands = new(StringComparer.Ordinal)
    {
        ["mathrm"] = MathVariant.Upright, ["rm"] = MathVariant.Upright, ["mathup"] = MathVariant.Upright,
        ["mathbf"] = MathVariant.Bold, ["bf"] = MathVariant.Bold, ["mathit"] = MathVariant.Italic,
        ["boldsymbol"] = MathVariant.BoldItalic, ["bm"] = MathVariant.BoldItalic, ["mathbb"] = MathVariant.DoubleStruck,
        ["mathcal"] = MathVariant.Calligraphic, ["mathscr"] = MathVariant.Calligraphic, ["mathfrak"] = MathVariant.Fraktur,
        ["mathsf"] = MathVariant.SansSerif, ["mathtt"] = MathVariant.Monospace,
    };

    private static readonly HashSet<string> TextCommands =
        ["text", "textrm", "textnormal", "mbox", "hbox", "textit", "textbf", "textsf", "texttt", "textup", "mathnormal"];

    /// <summary>
    /// A command, counted as one nesting level: arguments parse recursively (\hat\hat…, \frac\frac…, \sqrt[\sqrt[…),
    /// so past <see cref="MaxDepth"/> the rest of the formula is kept as TeX instead of overflowing the stack.
    /// </summary>
    private MathNode? ParseCommand(MathVariant variant)
    {
        var start = _position;
        if (++_depth > MaxDepth)
        {
            _depth--;
            Problem(start, $"formula nested deeper than {MaxDepth} levels");
            _position = _tex.Length;
            return new MathUnknown(_tex[start..]);
        }
        try
        {
            return ParseCommandBody(variant, start);
        }
        finally
        {
            _depth--;
        }
    }

    private MathNode? ParseCommandBody(MathVariant variant, int start)
    {
        var name = ReadCommandName();
        if (name.Length == 0) { Problem(start, "a lone backslash"); return new MathUnknown("\\"); }

        if (TexSymbols.Spaces.TryGetValue(name, out var space)) return new MathSpace(space);
        if (TexSymbols.Symbols.TryGetValue(name, out var symbol))
        {
            var effective = variant == MathVariant.Default ? _variant : variant;
            return new MathAtom(symbol.Kind, symbol.Text, symbol.Kind == MathAtomKind.Identifier ? effective : MathVariant.Default);
        }
        if (TexSymbols.Functions.Contains(name)) return new MathAtom(MathAtomKind.Function, name);
        if (FontCommands.TryGetValue(name, out var font)) return ReadArgument(font) ?? MathRow.Empty;
        if (TextCommands.Contains(name)) return new MathText(ReadRawGroup() ?? "");
        if (TexSymbols.Accents.TryGetValue(name, out var accent))
            return new MathAccent(ReadArgument(variant) ?? MathRow.Empty, accent.Accent, accent.Stretchy);
        if (TexSymbols.DelimiterSizes.TryGetValue(name, out var size)) return ReadSizedDelimiter(name, size);

        switch (name)
        {
            case "frac" or "dfrac" or "tfrac" or "cfrac":
            {
                var numerator = ReadArgument(variant) ?? MathRow.Empty;
                var denominator = ReadArgument(variant) ?? MathRow.Empty;
                var style = name switch { "dfrac" or "cfrac" => MathFractionStyle.Display, "tfrac" => MathFractionStyle.Text, _ => MathFractionStyle.Auto };
                return new MathFraction(numerator, denominator, style, HasBar: true);
            }
            case "binom" or "dbinom" or "tbinom":
            {
                var top = ReadArgument(variant) ?? MathRow.Empty;
                var bottom = ReadArgument(variant) ?? MathRow.Empty;
                var style = name switch { "dbinom" => MathFractionStyle.Display, "tbinom" => MathFractionStyle.Text, _ => MathFractionStyle.Auto };
                return new MathDelimited("(", new MathFraction(top, bottom, style, HasBar: false), ")");
            }
            case "sqrt":
            {
                MathNode? degree = null;
                SkipWhitespace();
                if (_position < _tex.Length && _tex[_position] == '[') degree = ReadBracketArgument();
                return new MathRadical(ReadArgument(variant) ?? MathRow.Empty, degree);
            }
            case "left": return ReadLeftRight(start);
            case "right":
                Problem(start, "\\right without \\left");
                ReadDelimiter(start);
                return null;
            case "middle":
            {
                var delimiter = ReadDelimiter(start);
                return new MathAtom(MathAtomKind.Relation, delimiter ?? "|");
            }
            case "overline": return new MathOverUnder(ReadArgument(variant) ?? MathRow.Empty, MathOverUnderKind.Overline, null);
            case "underline": return new MathOverUnder(ReadArgument(variant) ?? MathRow.Empty, MathOverUnderKind.Underline, null);
            case "overbrace": return new MathOverUnder(ReadArgument(variant) ?? MathRow.Empty, MathOverUnderKind.Overbrace, null);
            case "underbrace": return new MathOverUnder(ReadArgument(variant) ?? MathRow.Empty, MathOverUnderKind.Underbrace, null);
            case "overset" or "stackrel":
            {
                var over = ReadArgument(variant) ?? MathRow.Empty;
                return new MathOverUnder(ReadArgument(variant) ?? MathRow.Empty, MathOverUnderKind.Over, over);
            }
            case "underset":
            {
                var under = ReadArgument(variant) ?? MathRow.Empty;
                return new MathOverUnder(ReadArgument(variant) ?? MathRow.Empty, MathOverUnderKind.Under, under);
            }
            case "operatorname" or "mathop":
            {
                var starred = _position < _tex.Length && _tex[_position] == '*';
                if (starred) _position++;
                var argument = ReadArgument(MathVariant.Upright) ?? MathRow.Empty;
                var atom = new MathAtom(MathAtomKind.Function, TextOf(argument));
                return starred ? new MathScripts(atom, null, null, MathLimits.Above) : atom;
            }
            case "bmod": return new MathAtom(MathAtomKind.Binary, "mod", MathVariant.Upright);
            case "pmod":
            {
                var argument = ReadArgument(variant) ?? MathRow.Empty;
                return new MathRow([new MathSpace(1), new MathAtom(MathAtomKind.Open, "("), new MathAtom(MathAtomKind.Function, "mod"),
                    new MathSpace(1.0 / 3), argument, new MathAtom(MathAtomKind.Close, ")")]);
            }
            case "not": return ReadNegated();
            case "begin": return ReadEnvironment(start);
            case "phantom" or "vphantom" or "hphantom":
                ReadArgument(variant);
                return new MathSpace(0);
            case "boxed" or "mathstrut" or "displaystyle" or "textstyle" or "scriptstyle" or "scriptscriptstyle":
                return name == "boxed" ? ReadArgument(variant) ?? MathRow.Empty : null;
            case "dots" or "ldots" or "dotsc" or "dotsb" or "dotso": return new MathAtom(MathAtomKind.Ordinary, "…");
            case "cdots" or "dotsm" or "dotsi": return new MathAtom(MathAtomKind.Ordinary, "⋯");
        }

        Problem(start, $"unknown command \\{name}");
        return new MathUnknown("\\" + name);
    }

    private MathNode ReadSizedDelimiter(string name, double size)
    {
        var start = _position;
        var delimiter = ReadDelimiter(start) ?? "";
        var kind = name.EndsWith('l') ? MathAtomKind.Open
            : name.EndsWith('r') ? MathAtomKind.Close
            : name.EndsWith('m') ? MathAtomKind.Relation
            : delimiter is "(" or "[" or "{" or "⟨" or "⌊" or "⌈" ? MathAtomKind.Open
            : delimiter is ")" or "]" or "}" or "⟩" or "⌋" or "⌉" ? MathAtomKind.Close
            : MathAtomKind.Ordinary;
        return new MathAtom(kind, delimiter, MathVariant.Default, size);
    }

    /// <summary>The delimiter after \left, \right, \big …: its character, "" for ".", null (and a problem) if missing.</summary>
    private string? ReadDelimiter(int commandStart)
    {
        SkipWhitespace();
        if (_position >= _tex.Length) { Problem(commandStart, "missing delimiter"); return null; }
        var key = _tex[_position] == '\\' ? "\\" + PeekCommandName() : _tex[_position].ToString();
        if (TexSymbols.Delimiters.TryGetValue(key, out var delimiter))
        {
            _position += key.Length;
            return delimiter;
        }
        Problem(_position, $"'{key}' is not a delimiter");
        if (_tex[_position] == '\\') ReadCommandName(); else _position++;
        return "";
    }

    private string PeekCommandName()
    {
        var save = _position;
        var name = ReadCommandName();
        _position = save;
        return name;
    }

    private MathNode ReadLeftRight(int start)
    {
        var open = ReadDelimiter(start) ?? "";
        if (++_depth > MaxDepth)
        {
            _depth--;
            Problem(start, $"formula nested deeper than {MaxDepth} levels");
            return new MathUnknown(_tex[start..]);
        }
        var body = ParseRow(out var endedAt);
        _depth--;
        var close = "";
        if (endedAt == End.Right)
        {
            var rightAt = _position;
            ReadCommandName();
            close = ReadDelimiter(rightAt) ?? "";
        }
        else Problem(start, "\\left without \\right");
        return new MathDelimited(open, body, close);
    }

    private MathNode? ReadBracketArgument()
    {
        var open = _position++;
        var close = _tex.IndexOf(']', _position);
        if (close < 0) { Problem(open, "missing ']'"); return null; }
        var inner = _tex[_position..close];
        _position = close + 1;
        // A parser of its own for the bracket's text, starting at our depth (\sqrt[\sqrt[… counts every level).
        var degree = new TexParser(inner) { _depth = _depth };
        var root = degree.ParseTopLevel();
        foreach (var problem in degree._problems) Problem(open + 1 + problem.Offset, problem.Message);
        return root;
    }

    private static readonly Dictionary<string, string> Negations = new(StringComparer.Ordinal)
    {
        ["="] = "≠", ["∈"] = "∉", ["⊂"] = "⊄", ["⊆"] = "⊈", ["⊃"] = "⊅", ["⊇"] = "⊉", ["≤"] = "≰", ["≥"] = "≱",
        ["<"] = "≮", [">"] = "≯", ["≡"] = "≢", ["∼"] = "≁", ["≈"] = "≉", ["∣"] = "∤", ["∃"] = "∄", ["≅"] = "≇",
    };

    private MathNode ReadNegated()
    {
        var argument = ReadArgument(MathVariant.Default);
        if (argument is MathAtom atom)
        {
            return Negations.TryGetValue(atom.Text, out var negated)
                ? atom with { Text = negated, Kind = MathAtomKind.Relation }
                : atom with { Text = atom.Text + "\u0338" };
        }
        return argument ?? MathRow.Empty;
    }

    private MathNode ReadEnvironment(int start)
    {
        var name = ReadRawGroup() ?? "";
        var environment = TexEnvironments.Find(name);
        if (environment is null) Problem(start, $"unknown environment {{{name}}}");
        ImmutableArray<MathColumnAlign>? spec = null;
        if (name is "array" or "subarray") spec = TexEnvironments.ParseColumnSpec(ReadRawGroup() ?? "c");
        if (name is "alignat" or "alignat*") ReadRawGroup();
        if (++_depth > MaxDepth)
        {
            _depth--;
            Problem(start, $"formula nested deeper than {MaxDepth} levels");
            return new MathUnknown(_tex[start..]);
        }
        var rows = ParseTableRows(out var endedAt);
        _depth--;
        if (endedAt == End.EndEnvironment)
        {
            ReadCommandName();
            var endName = ReadRawGroup();
            if (endName != name) Problem(start, $"\\begin{{{name}}} ended by \\end{{{endName}}}");
        }
        else Problem(start, $"\\begin{{{name}}} without \\end");

        environment ??= TexEnvironments.Find("matrix")!;
        var columnCount = rows.Count == 0 ? 0 : rows.Max(row => row.Count);
        var columns = spec ?? TexEnvironments.ColumnsFor(environment, columnCount);
        if (environment.Kind == MathTableKind.Gathered && rows.Count == 1 && rows[0].Count == 1) return rows[0][0];
        var table = new MathTable([.. rows.Select(row => row.ToImmutableArray())], columns, environment.Kind);
        return environment.Open.Length == 0 && environment.Close.Length == 0
            ? table
            : new MathDelimited(environment.Open, table, environment.Close);
    }
}
