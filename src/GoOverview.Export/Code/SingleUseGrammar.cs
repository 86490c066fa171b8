using TextMateSharp.Internal.Grammars.Parser;
using TextMateSharp.Internal.Types;

namespace GoOverview.Export.Code;

/// <summary>
/// A raw grammar that TextMateSharp may use once without copying it. TextMateSharp deep-copies every raw grammar it
/// uses (it writes rule ids into the copy), which for a grammar read for this use alone is pure garbage. The first
/// copy asked for shares the rules and copies only what TextMateSharp changes (the top and the repository, where it
/// puts <c>$self</c> and <c>$base</c>); a later one (a grammar that includes itself by its scope name) is read
/// afresh, as the rules now carry the first use's ids.
/// </summary>
internal sealed class SingleUseGrammar : Raw, IRawGrammar
{
    private readonly Func<IRawGrammar> _readAgain;
    private bool _used;

    public SingleUseGrammar(Raw read, Func<IRawGrammar> readAgain)
    {
        foreach (var (key, value) in read) this[key] = value;
        _readAgain = readAgain;
    }

    IRawGrammar IRawGrammar.Clone()
    {
        if (_used) return _readAgain();
        _used = true;
        var copy = new Raw();
        foreach (var (key, value) in this) copy[key] = value;
        if (TryGetValue("repository", out var stored) && stored is Raw repository)
        {
            var repositoryCopy = new Raw();
            foreach (var (key, rule) in repository) repositoryCopy[key] = rule;
            copy["repository"] = repositoryCopy;
        }
        return copy;
    }
}
