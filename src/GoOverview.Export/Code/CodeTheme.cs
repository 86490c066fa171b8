using GoOverview.Model;

namespace GoOverview.Export.Code;

/// <summary>How one token kind looks.</summary>
public readonly record struct TokenStyle(RgbColor Color, bool Bold = false, bool Italic = false);

/// <summary>
/// A code style: the block's background, and a colour and weight/slant per <see cref="TokenKind"/> (every kind has
/// one). Writers only translate these into their native form.
/// </summary>
public sealed class CodeTheme
{
    private readonly Dictionary<TokenKind, TokenStyle> _styles;

    public CodeTheme(string name, RgbColor background, RgbColor normal, IReadOnlyDictionary<TokenKind, TokenStyle> styles)
    {
        Name = name;
        Background = background;
        _styles = TokenKinds.All.ToDictionary(k => k, k => styles.TryGetValue(k, out var s) ? s : new TokenStyle(normal));
    }

    public string Name { get; }

    public RgbColor Background { get; }

    public TokenStyle Normal => _styles[TokenKind.Normal];

    public TokenStyle this[TokenKind kind] => _styles[kind];
}
