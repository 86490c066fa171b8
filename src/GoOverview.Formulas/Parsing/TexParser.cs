using System.Collections.Immutable;
using System.Text;
using GoOverview.Formulas.Tree;

namespace GoOverview.Formulas.Parsing;

/// <summary>
/// Parses the TeX math subset writers use in Markdown ($…$, $$…$$) into a <see cref="MathNode"/> tree. Never throws:
/// what it cannot read becomes a <see cref="MathUnknown"/> with a <see cref="MathProblem"/>.
/// </summary>
public sealed partial class TexParser
{
    /// <summary>Nesting deeper than this is refused (one problem, the rest kept as TeX), so hostile input cannot overflow the stack.</summary>
    public const int MaxDepth = 64;

    private readonly string _tex;
    private readonly List<MathProblem> _problems = [];
    private int _position;
    private int _depth;

    private TexParser(string tex) => _tex = tex;

    public static ParsedMath Parse(string tex)
    {
        var parser = new TexParser(tex);
        var root = parser.ParseTopLevel();
        return new ParsedMath(root, [.. parser._problems]);
    }

    private MathNode ParseTopLevel()
    {
        var rows = ParseTableRows(out var endedAt);
        if (endedAt != End.Input) Problem(_position, "unbalanced '}'");
        if (rows.Count == 1 && rows[0].Count == 1) return rows[0][0];
        // Bare "a &= b \\ c &= d" without an environment: read as aligned, which is what the writer meant.
        var columns = rows.Max(row => row.Count);
        var alignment = columns == 1
            ? [MathColumnAlign.Center]
            : TexEnvironments.ColumnsFor(TexEnvironments.Find("aligned")!, columns);
        return new MathTable([.. rows.Select(row => row.ToImmutableArray())], alignment,
            columns == 1 ? MathTableKind.Gathered : MathTableKind.Aligned);
    }

    private enum End { Input, Brace, Right, EndEnvironment, Ampersand, NewRow }

    /// <summary>Rows of cells up to the end of input, a closing brace or \end; each cell is a row node.</summary>
    private List<List<MathNode>> ParseTableRows(out End endedAt)
    {
        var rows = new List<List<MathNode>>();
        var cells = new List<MathNode>();
        while (true)
        {
            var cell = ParseRow(out endedAt);
            cells.Add(cell);
            if (endedAt == End.Ampersand) continue;
            rows.Add(cells);
            if (endedAt != End.NewRow) break;
            cells = [];
            SkipHline();
        }
        // A trailing \\ leaves an empty last row; TeX ignores it.
        if (rows.Count > 1 && rows[^1] is [MathRow { Items.IsEmpty: true }]) rows.RemoveAt(rows.Count - 1);
        return rows;
    }

    private void SkipHline()
    {
        while (true)
        {
            SkipWhitespace();
            if (TryConsumeCommand("hline") || TryConsumeCommand("hdashline")) continue;
            return;
        }
    }

    /// <summary>Atoms up to a terminator; the result is a single node when the row has one item.</summary>
    private MathNode ParseRow(out End endedAt)
    {
        var items = new List<MathNode>();
        endedAt = End.Input;
        while (true)
        {
            SkipWhitespace();
            if (_position >= _tex.Length) break;
            var c = _tex[_position];
            if (c == '}') { endedAt = End.Brace; break; }
            if (c == '&') { _position++; endedAt = End.Ampersand; break; }
            if (c == '\\' && Peek(1) == '\\') { _position += 2; SkipOptionalLength(); endedAt = End.NewRow; break; }
            if (c == '\\' && LooksAtCommand("right")) { endedAt = End.Right; break; }
            if (c == '\\' && LooksAtCommand("end")) { endedAt = End.EndEnvironment; break; }
            if (c is '^' or '_') { AttachScript(items, c == '^'); continue; }
            if (c == '\'') { AttachPrimes(items); continue; }
            if (c == '\\' && (LooksAtCommand("displaystyle") || LooksAtCommand("textstyle")))
            {
                var display = LooksAtCommand("displaystyle");
                if (_depth >= MaxDepth)
                {
                    Problem(_position, $"formula nested deeper than {MaxDepth} levels");
                    items.Add(new MathUnknown(_tex[_position..]));
                    _position = _tex.Length;
                    break;
                }
                ReadCommandName();
                _depth++;
                var rest = ParseRow(out endedAt);
                _depth--;
                items.Add(new MathStyled(display, rest));
                break;
            }
            if (c == '\\' && (LooksAtCommand("limits") || LooksAtCommand("nolimits")))
            {
                var above = LooksAtCommand("limits");
                ReadCommandName();
                SetLimits(items, above ? MathLimits.Above : MathLimits.Side);
                continue;
            }
            var node = ParseElement(MathVariant.Default);
            if (node is not null) items.Add(node);
        }
        return items.Count == 1 ? items[0] : new MathRow([.. items]);
    }

    private void AttachScript(List<MathNode> items, bool superscript)
    {
        var at = _position++;
        var argument = ReadArgument(MathVariant.Default) ?? MathRow.Empty;
        var last = items.Count > 0 ? items[^1] : null;
        if (last is MathOverUnder { Annotation: null } brace
            && (superscript ? brace.Kind == MathOverUnderKind.Overbrace : brace.Kind == MathOverUnderKind.Underbrace))
        {
            items[^1] = brace with { Annotation = argument };
            return;
        }
        if (last is MathScripts scripts && (superscript ? scripts.Sup is null : scripts.Sub is null))
        {
            items[^1] = superscript ? scripts with { Sup = argument } : scripts with { Sub = argument };
            return;
        }
        if (last is MathScripts { Sup: MathAtom { Text: "′" or "″" or "‴" } primes } primed && superscript)
        {
            items[^1] = primed with { Sup = new MathRow([primes, argument]) };
            return;
        }
        if (last is MathScripts)
        {
            Problem(at, superscript ? "double superscript" : "double subscript");
            items.Add(new MathScripts(MathRow.Empty, superscript ? null : argument, superscript ? argument : null));
            return;
        }
        if (last is not null) items.RemoveAt(items.Count - 1);
        var @base = last ?? MathRow.Empty;
        items.Add(new MathScripts(@base, superscript ? null : argument, superscript ? argument : null));
    }

    private void AttachPrimes(List<MathNode> items)
    {
        var count = 0;
        while (_position < _tex.Length && _tex[_position] == '\'') { count++; _position++; }
        var prime = new MathAtom(MathAtomKind.Ordinary, count switch { 1 => "′", 2 => "″", 3 => "‴", _ => new string('′', count) });
        var last = items.Count > 0 ? items[^1] : MathRow.Empty;
        if (items.Count > 0) items.RemoveAt(items.Count - 1);
        items.Add(last is MathScripts { Sup: null } scripts
            ? scripts with { Sup = prime }
            : new MathScripts(last, null, prime));
    }

    private static void SetLimits(List<MathNode> items, MathLimits placement)
    {
        if (items.Count == 0) return;
        items[^1] = items[^1] is MathScripts scripts
            ? scripts with { Placement = placement }
            : new MathScripts(items[^1], null, null, placement);
    }

    /// <summary>A macro argument: a braced group, one command with its own arguments, or one character.</summary>
    private MathNode? ReadArgument(MathVariant variant)
    {
        SkipWhitespace();
        if (_position >= _tex.Length) { Problem(_position, "missing argument"); return null; }
        var c = _tex[_position];
        if (c == '{') return ReadGroup(variant);
        if (c == '\\') return ParseElement(variant);
        if (c is '}' or '&' or '^' or '_') { Problem(_position, "missing argument"); return null; }
        return ParseCharacter(variant, singleDigit: true);
    }

    private MathNode ReadGroup(MathVariant variant)
    {
        var open = _position++;
        if (++_depth > MaxDepth)
        {
            _depth--;
            Problem(open, $"formula nested deeper than {MaxDepth} levels");
            var tex = SkipBalancedGroupFrom(open);
            return new MathUnknown(tex);
        }
        var saved = _variant;
        _variant = variant == MathVariant.Default ? _variant : variant;
        var row = ParseRow(out var endedAt);
        _variant = saved;
        _depth--;
        if (endedAt == End.Brace) _position++;
        else Problem(open, "missing '}'");
        return row;
    }

    private MathVariant _variant = MathVariant.Default;

    private string SkipBalancedGroupFrom(int open)
    {
        var depth = 0;
        for (_position = open; _position < _tex.Length; _position++)
        {
            if (_tex[_position] == '\\') { _position++; continue; }
            if (_tex[_position] == '{') depth++;
            else if (_tex[_position] == '}' && --depth == 0) { _position++; break; }
        }
        return _tex[open..System.Math.Min(_position, _tex.Length)];
    }

    private MathNode? ParseElement(MathVariant variant)
    {
        var c = _tex[_position];
        if (c == '{') return ReadGroup(variant);
        if (c == '\\') return ParseCommand(variant);
        return ParseCharacter(variant, singleDigit: false);
    }

    private MathNode ParseCharacter(MathVariant variant, bool singleDigit)
    {
        var effective = variant == MathVariant.Default ? _variant : variant;
        var c = _tex[_position];
        if (char.IsAsciiDigit(c))
        {
            var start = _position++;
            if (!singleDigit)
            {
                while (_position < _tex.Length && (char.IsAsciiDigit(_tex[_position])
                       || _tex[_position] == '.' && _position + 1 < _tex.Length && char.IsAsciiDigit(_tex[_position + 1])))
                    _position++;
            }
            return new MathAtom(MathAtomKind.Number, _tex[start.._position], effective);
        }
        if (char.IsSurrogatePair(_tex, _position))
        {
            var pair = _tex.Substring(_position, 2);
            _position += 2;
            return new MathAtom(MathAtomKind.Identifier, pair, effective);
        }
        _position++;
        if (char.IsAsciiLetter(c)) return new MathAtom(MathAtomKind.Identifier, c.ToString(), effective);
        return c switch
        {
            '+' => new MathAtom(MathAtomKind.Binary, "+"),
            '-' => new MathAtom(MathAtomKind.Binary, "−"),
            '*' => new MathAtom(MathAtomKind.Binary, "∗"),
            '=' or '<' or '>' or ':' => new MathAtom(MathAtomKind.Relation, c.ToString()),
            ',' or ';' => new MathAtom(MathAtomKind.Punctuation, c.ToString()),
            '(' or '[' => new MathAtom(MathAtomKind.Open, c.ToString()),
            ')' or ']' or '!' or '?' => new MathAtom(MathAtomKind.Close, c.ToString()),
            '~' => new MathSpace(0.25),
            _ when c >= 0x2E80 => new MathText(c.ToString()),
            _ => new MathAtom(MathAtomKind.Ordinary, c.ToString(), effective),
        };
    }

    // Once per place: unwinding a cut chain would otherwise repeat "missing argument" at the end for every level.
    private void Problem(int offset, string message)
    {
        var problem = new MathProblem(offset, message);
        if (!_problems.Contains(problem)) _problems.Add(problem);
    }

    private char Peek(int ahead) => _position + ahead < _tex.Length ? _tex[_position + ahead] : '\0';

    private void SkipWhitespace()
    {
        while (_position < _tex.Length && char.IsWhiteSpace(_tex[_position])) _position++;
    }

    /// <summary>Skips the optional row-spacing argument of \\ ("\\[4pt]").</summary>
    private void SkipOptionalLength()
    {
        var save = _position;
        SkipWhitespace();
        if (_position < _tex.Length && _tex[_position] == '[')
        {
            var close = _tex.IndexOf(']', _position);
            if (close > 0 && close - _position < 16) { _position = close + 1; return; }
        }
        _position = save;
    }

    private bool LooksAtCommand(string name) =>
        string.CompareOrdinal(_tex, _position + 1, name, 0, name.Length) == 0
        && _position + 1 + name.Length <= _tex.Length
        && (_position + 1 + name.Length == _tex.Length || !char.IsAsciiLetter(_tex[_position + 1 + name.Length]));

    private bool TryConsumeCommand(string name)
    {
        if (_position >= _tex.Length || _tex[_position] != '\\' || !LooksAtCommand(name)) return false;
        _position += 1 + name.Length;
        return true;
    }

    /// <summary>Reads "\name" (letters, optionally a trailing '*') or "\c" for one non-letter; returns the name.</summary>
    private string ReadCommandName()
    {
        _position++; // the backslash
        if (_position >= _tex.Length) return "";
        var start = _position;
        if (!char.IsAsciiLetter(_tex[_position])) { _position++; return _tex[start.._position]; }
        while (_position < _tex.Length && char.IsAsciiLetter(_tex[_position])) _position++;
        return _tex[start.._position];
    }

    /// <summary>The raw text of a braced argument (for \text, \begin, column specs), braces balanced.</summary>
    private string? ReadRawGroup()
    {
        SkipWhitespace();
        if (_position >= _tex.Length || _tex[_position] != '{') return null;
        var open = _position;
        var group = SkipBalancedGroupFrom(open);
        if (!group.EndsWith('}') || group.Length < 2) { Problem(open, "missing '}'"); return group.TrimStart('{'); }
        return group[1..^1];
    }

    private static string TextOf(MathNode node)
    {
        var text = new StringBuilder();
        void Walk(MathNode n)
        {
            switch (n)
            {
                case MathAtom atom: text.Append(atom.Text); break;
                case MathText t: text.Append(t.Text); break;
                case MathRow row: foreach (var item in row.Items) Walk(item); break;
            }
        }
        Walk(node);
        return text.ToString();
    }
}
