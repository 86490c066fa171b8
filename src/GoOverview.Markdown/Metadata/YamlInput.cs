using GoOverview.Markdown.Parsing;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace GoOverview.Markdown.Metadata;

/// <summary>
/// The rules every YAML the program reads (front matter, gooverview.yaml) passes before a tree is built:
/// no aliases, since nested aliases expand exponentially (567 bytes grew to 17.9 GB), and metadata values
/// without characters that no XML output may hold (a YAML escape such as "\x01" produces them).
/// </summary>
public static class YamlInput
{
    /// <summary>The 1-based line and column of the first alias (*name, including a merge key's), or null.</summary>
    /// <exception cref="YamlException">The YAML is malformed before any alias is reached.</exception>
    public static (int Line, int Column)? FirstAlias(string yaml)
    {
        var parser = new Parser(new StringReader(yaml));
        while (parser.MoveNext())
            if (parser.Current is AnchorAlias alias)
                return ((int)Math.Min(alias.Start.Line, int.MaxValue), (int)Math.Min(alias.Start.Column, int.MaxValue));
        return null;
    }

    public const string AliasMessage = "YAML aliases (*name) are not accepted: write the value out instead";

    /// <summary>The value without characters illegal in XML outputs; <paramref name="removed"/> is the first one removed.</summary>
    public static string WithoutIllegalCharacters(string value, out char? removed)
    {
        removed = null;
        var first = -1;
        for (var i = 0; i < value.Length && first < 0; i++) if (SourceText.IsIllegal(value, i)) first = i;
        if (first < 0) return value;
        removed = value[first];
        var sb = new System.Text.StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
            if (!SourceText.IsIllegal(value, i)) sb.Append(value[i]);
        return sb.ToString();
    }

    public static string IllegalCharacterMessage(char removed) =>
        $"removed U+{(int)removed:X4} from a metadata value: control characters and non-characters cannot appear in the outputs";
}
