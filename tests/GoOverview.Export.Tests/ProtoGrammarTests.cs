using GoOverview.Export.Code;
using GoOverview.Model;
using GoOverview.Model.Diagnostics;
using Xunit;

namespace GoOverview.Export.Tests;

/// <summary>Protocol Buffers come from our own grammar (Code/Grammars/proto.tmLanguage.json), registered like the bundled ones.</summary>
public sealed class ProtoGrammarTests
{
    private const string Proto = """
        syntax = "proto3";
        package demo.v1;
        import "google/protobuf/timestamp.proto";

        // 用户服务（中文注释）
        message User {
          int64 id = 1;
          string name = 2 [deprecated = true];
          repeated Role roles = 3;
          map<string, double> scores = 4;
          google.protobuf.Timestamp created = 15;
          /* block
             comment */
          reserved 9 to 11;
        }

        enum Role { ROLE_UNSPECIFIED = 0; ADMIN = 0x1; }

        service Users {
          rpc GetUser (GetUserRequest) returns (stream User);
        }

        """;

    private static Dictionary<TokenKind, List<string>> Kinds(HighlightedCode code) =>
        code.Lines.SelectMany(l => l).GroupBy(t => t.Kind).ToDictionary(g => g.Key, g => g.Select(t => t.Text.Trim()).ToList());

    [Fact]
    public void A_proto_block_gets_keywords_types_strings_comments_and_field_numbers_and_keeps_its_text()
    {
        var bag = new DiagnosticBag();
        var code = new CodeHighlighter(bag, HighlightOptions.Default) { Cache = null }.Highlight(new CodeBlock("proto", Proto, Attr.Empty));
        Assert.Equal("Protobuf", code.Label);
        Assert.Empty(bag.Items);
        Assert.Equal(HighlightedCode.SourceLines(Proto), code.Lines.Select(l => string.Concat(l.Select(t => t.Text))).ToArray());
        var kinds = Kinds(code);
        Assert.Contains("message", kinds[TokenKind.Keyword]);
        Assert.Contains("rpc", kinds[TokenKind.Keyword]);
        Assert.Contains("syntax", kinds[TokenKind.Import]);
        Assert.Contains("\"proto3\"", kinds[TokenKind.String]);
        Assert.Contains("// 用户服务（中文注释）", kinds[TokenKind.Comment]);
        Assert.Contains("/* block", kinds[TokenKind.Comment]);
        Assert.Contains("int64", kinds[TokenKind.DataType]);
        Assert.Contains("User", kinds[TokenKind.DataType]);
        Assert.Contains("15", kinds[TokenKind.DecVal]);
        Assert.Contains("0x1", kinds[TokenKind.DecVal]);
        Assert.Contains("true", kinds[TokenKind.Constant]);
        Assert.Contains("GetUser", kinds[TokenKind.Function]);
        // a field name stays plain: only the number after '=' is a field number
        Assert.DoesNotContain(kinds.Where(k => k.Key != TokenKind.Normal).SelectMany(k => k.Value), t => t.Contains("name ="));
    }

    [Theory]
    [InlineData("proto")]
    [InlineData("protobuf")]
    [InlineData("proto3")]
    public void Proto_aliases_pick_the_grammar(string fence) => Assert.Equal("Protobuf", CodeLanguages.Find(fence)?.Label);
}
