using GoOverview.Markdown.Conversion;
using GoOverview.Model;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace GoOverview.Markdown.Metadata;

/// <summary>
/// Reads the YAML front matter into key → values (a scalar is one value, a sequence several; nested mappings become
/// "parent.child" keys). Invalid YAML is a warning with its line; the document is still read.
/// </summary>
internal static class FrontMatter
{
    /// <param name="yaml">The YAML text without the --- fences.</param>
    /// <param name="firstLine">1-based source line of the first YAML line (for diagnostics).</param>
    public static Dictionary<string, List<string>> Parse(string yaml, int firstLine, ConversionContext context)
    {
        var values = new Dictionary<string, List<string>>(StringComparer.OrdinalIgnoreCase);
        if (string.IsNullOrWhiteSpace(yaml)) return values;
        try
        {
            if (YamlInput.FirstRefusal(yaml) is { } refused)
            {
                context.Diagnostics.Warning("yaml-front-matter", refused.Message + "; the front matter is ignored",
                    new SourceLocation(context.SourcePath, firstLine + refused.Line - 1, refused.Column));
                return values;
            }
            var stream = new YamlStream();
            stream.Load(new StringReader(yaml));
            if (stream.Documents.Count == 0) return values;
            if (stream.Documents[0].RootNode is YamlMappingNode root) new Reader(values, firstLine, context).AddMapping(root, "");
            else context.Diagnostics.Warning("yaml-front-matter", "front matter is not a key: value mapping; it is ignored",
                new SourceLocation(context.SourcePath, firstLine, 1));
        }
        catch (YamlException e)
        {
            var line = firstLine + (int)Math.Max(0, e.Start.Line - 1);
            context.Diagnostics.Warning("yaml-front-matter", "invalid YAML front matter: " + FirstLine(e.Message) + "; it is ignored",
                new SourceLocation(context.SourcePath, line, (int)Math.Max(1, e.Start.Column)));
            values.Clear();
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or FormatException or OverflowException)
        {
            // YamlDotNet reports some malformed input (e.g. an unclosed flow sequence) without a position
            context.Diagnostics.Warning("yaml-front-matter", "invalid YAML front matter (" + e.Message + "); it is ignored",
                new SourceLocation(context.SourcePath, firstLine + LastReadableLine(yaml) - 1, 1));
            values.Clear();
        }
        return values;
    }

    /// <summary>Walks the mapping; every value leaves without illegal characters, each removal reported at its line.</summary>
    private sealed class Reader(Dictionary<string, List<string>> values, int firstLine, ConversionContext context)
    {
        public void AddMapping(YamlMappingNode mapping, string prefix)
        {
            foreach (var (keyNode, valueNode) in mapping.Children)
            {
                var key = prefix + Clean(keyNode is YamlScalarNode { Value: { } k } ? k : Flatten(keyNode), keyNode);
                switch (valueNode)
                {
                    case YamlScalarNode scalar:
                        values[key] = [Clean(scalar.Value ?? "", scalar)];
                        break;
                    case YamlSequenceNode sequence:
                        values[key] = sequence.Children.Select(c => Clean(Flatten(c), c)).ToList();
                        break;
                    case YamlMappingNode nested:
                        AddMapping(nested, key + ".");
                        break;
                }
            }
        }

        private string Clean(string value, YamlNode node)
        {
            var clean = YamlInput.WithoutIllegalCharacters(value, out var removed);
            if (removed is { } c)
                context.Diagnostics.Warning("illegal-character", YamlInput.IllegalCharacterMessage(c),
                    new SourceLocation(context.SourcePath, firstLine + (int)Math.Min(node.Start.Line - 1, int.MaxValue - firstLine), (int)Math.Max(1, node.Start.Column)));
            return clean;
        }
    }

    private static string Flatten(YamlNode node) => node switch
    {
        YamlScalarNode s => s.Value ?? "",
        YamlSequenceNode seq => string.Join(", ", seq.Children.Select(Flatten)),
        YamlMappingNode map => string.Join(", ", map.Children.Select(p => $"{Flatten(p.Key)}: {Flatten(p.Value)}")),
        _ => node.ToString(),
    };

    /// <summary>1-based line of the last YAML event read before the parser gave up (where the trouble is).</summary>
    private static int LastReadableLine(string yaml)
    {
        var line = 1L;
        try
        {
            var parser = new Parser(new StringReader(yaml));
            while (parser.MoveNext())
                if (parser.Current is { } current) line = current.End.Line;
        }
        catch (Exception)
        {
            // expected: this re-reads input known to be broken, only to find where it breaks
        }
        return (int)Math.Clamp(line, 1, int.MaxValue);
    }

    private static string FirstLine(string message) => message.Split('\n')[0].Trim();
}
