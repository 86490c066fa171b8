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
    /// <summary>Deeper lists and mappings than this are refused: building the tree recurses once per level, and a
    /// stack overflow (100,000 nested "[") cannot be caught.</summary>
    public const int MaxDepth = 64;

    /// <summary>The 1-based line and column of the first thing refused — an alias (*name, including a merge key's) or
    /// nesting deeper than <see cref="MaxDepth"/> — and why; null when the YAML may be loaded.</summary>
    /// <exception cref="YamlException">The YAML is malformed before anything refused is reached.</exception>
    public static (int Line, int Column, string Message)? FirstRefusal(string yaml)
    {
        var parser = new Parser(new StringReader(yaml));
        var depth = 0;
        while (parser.MoveNext())
        {
            switch (parser.Current)
            {
                case AnchorAlias alias:
                    return (Clamp(alias.Start.Line), Clamp(alias.Start.Column), AliasMessage);
                case SequenceStart or MappingStart when ++depth > MaxDepth:
                    return (Clamp(parser.Current.Start.Line), Clamp(parser.Current.Start.Column), $"YAML nested deeper than {MaxDepth} levels is not accepted");
                case SequenceEnd or MappingEnd:
                    depth--;
                    break;
            }
        }
        return null;
    }

    private static int Clamp(long value) => (int)Math.Min(value, int.MaxValue);

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
