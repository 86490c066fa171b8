using System.Collections;
using System.Text;
using GoOverview.Export.Code;
using Xunit;

namespace GoOverview.Export.Tests;

/// <summary>Our grammar reader gives exactly what TextMateSharp's own reader gives, for every grammar we ship.</summary>
public sealed class GrammarJsonReaderTests
{
    [Fact]
    public void Every_bundled_grammar_reads_to_the_same_raw_grammar_as_TextMateSharps_reader()
    {
        var scopes = GrammarSource.Scopes.ToList();
        Assert.True(scopes.Count >= 30);
        foreach (var scope in scopes)
        {
            var expected = GrammarSource.ReadWithTextMateSharp(scope);
            var actual = new GrammarSource().Read(scope);
            Assert.NotNull(expected);
            Assert.NotNull(actual);
            Assert.Equal(scope, actual.GetScopeName());
            Assert.True(Dump(expected) == Dump(actual), $"{scope}: the raw grammars differ");
        }
    }

    [Fact]
    public void Numbers_booleans_and_nulls_are_left_out_and_escapes_are_decoded_as_TextMateSharp_does()
    {
        var json = """{ "scopeName": "x", "n": 1, "b": true, "z": null, "patterns": [ 1, { "match": "\\b\u0041\/\"" }, false ] }""";
        var raw = GrammarJsonReader.Read(Encoding.UTF8.GetBytes(json));
        var theirs = TextMateSharp.Internal.Grammars.Reader.GrammarReader.ReadGrammarSync(new StreamReader(new MemoryStream(Encoding.UTF8.GetBytes(json))));
        Assert.Equal(Dump(theirs), Dump(raw!));
        Assert.Equal("\\bA/\"", raw!.GetPatterns().Single().GetMatch());
    }

    /// <summary>A canonical text of a raw value: objects with sorted keys, arrays in order, strings quoted.</summary>
    private static string Dump(object? value)
    {
        var text = new StringBuilder();
        void Walk(object? v)
        {
            switch (v)
            {
                case string s:
                    text.Append('"').Append(s.Replace("\\", "\\\\").Replace("\"", "\\\"")).Append('"');
                    break;
                case IDictionary<string, object> map:
                    text.Append('{');
                    foreach (var key in map.Keys.Order(StringComparer.Ordinal))
                    {
                        text.Append(key).Append(':');
                        Walk(map[key]);
                        text.Append(',');
                    }
                    text.Append('}');
                    break;
                case IList list:
                    text.Append('[');
                    foreach (var item in list)
                    {
                        Walk(item);
                        text.Append(',');
                    }
                    text.Append(']');
                    break;
                default:
                    text.Append(v is null ? "null" : $"<{v.GetType().Name}:{v}>");
                    break;
            }
        }
        Walk(value);
        return text.ToString();
    }
}
