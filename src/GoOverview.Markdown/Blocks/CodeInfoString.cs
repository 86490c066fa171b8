using System.Collections.Immutable;
using GoOverview.Model;

namespace GoOverview.Markdown.Blocks;

/// <summary>
/// A fence's info string: "go", "go {.numberLines}", "{.go .numberLines #id}" (pandoc's forms). The language is the
/// first word, or the first class when the whole string is braced; the other ".class" words become the block's
/// classes. An "#id" is ignored (ids are made unique elsewhere; a code block is not a link target here).
/// </summary>
internal static class CodeInfoString
{
    public static (string Language, Attr Attr) Parse(string info)
    {
        var words = info.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0) return ("", Attr.Empty);
        var language = "";
        var classes = ImmutableArray.CreateBuilder<string>();
        var braced = words[0].StartsWith('{');
        for (var i = 0; i < words.Length; i++)
        {
            var word = words[i].Trim('{', '}');
            if (word.Length == 0) continue;
            if (i == 0 && !braced)
            {
                language = word;
                continue;
            }
            if (word.StartsWith('.') && word.Length > 1)
            {
                if (braced && language.Length == 0 && !IsOption(word[1..])) language = word[1..];
                else classes.Add(word[1..]);
            }
        }
        return (language, Attr.Empty with { Classes = classes.ToImmutable() });
    }

    private static bool IsOption(string cls) => cls is "numberLines" or "number-lines" or "lineAnchors";
}
