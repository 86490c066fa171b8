using GoOverview.Export.Code;
using GoOverview.Model;
using Xunit;

namespace GoOverview.Export.Tests;

/// <summary>
/// Embedded grammars (the shell's heredoc languages, HTML's script and style) load only when a block reaches them,
/// and the tokens are exactly those TextMateSharp gives with every grammar loaded.
/// </summary>
public sealed class EmbeddedGrammarTests
{
    private const string Shell = """
        #!/usr/bin/env bash
        set -euo pipefail
        # 构建并运行
        go build -o bin/app ./cmd/app && ./bin/app --port=${PORT:-8080} "$@"
        for f in *.go; do echo "$f"; done
        cat <<EOF > config.yaml
        name: demo
        EOF
        """;

    private const string ShellWithPython = """
        echo start
        python3 - <<PYTHON
        def main():
            return 42  # 中文
        PYTHON
        echo done
        """;

    /// <summary>Text that exercises what grammars embed: heredocs, script and style elements, PHP, fenced code.</summary>
    private const string Polyglot = """
        <html><head><style>a { color: red; }</style>
        <script>const x = `t${1}`; function f() { return /re/g; }</script></head>
        <?php echo "hi"; ?>
        <body onload="f()"><p class="c">文本 &amp; text</p></body></html>
        cat <<RUBY
        puts "x" if true
        RUBY
        cat <<-HTML
        <b>bold</b>
        HTML
        ```python
        print(1)
        ```
        SELECT id FROM users WHERE name = 'a'; -- sql
        {"key": [1, 2.5, true, null]}
        %{ ruby } <% erb %> {{ template }}
        """;

    private static string[] Lines(string text) => HighlightedCode.SourceLines(text);

    private static string Dump(List<IReadOnlyList<CodeToken>>? lines) =>
        lines is null ? "(none)" : string.Join("\n", lines.Select(l => string.Join("|", l.Select(t => $"{t.Kind}:{t.Text}"))));

    [Fact]
    public void The_shell_grammar_defers_its_heredoc_languages_behind_their_heredoc_rules()
    {
        var plan = new LanguageGrammar("source.shell").Plan;
        Assert.Contains("source.python", plan.Deferred.Keys);
        Assert.Contains("source.ruby", plan.Deferred.Keys);
        Assert.Contains("text.html.basic", plan.Deferred.Keys);
        Assert.DoesNotContain("source.shell", plan.Deferred.Keys);
        Assert.Contains("string.unquoted.heredoc.python.shell", plan.Guards);
    }

    [Fact]
    public void A_grammar_without_embedded_grammars_defers_nothing()
    {
        foreach (var scope in new[] { "source.go", "source.java", "source.json", "source.yaml", "source.sql", "source.proto" })
            Assert.Empty(new LanguageGrammar(scope).Plan.Deferred);
    }

    [Fact]
    public void A_shell_block_without_an_embedded_language_loads_no_embedded_grammar_and_gets_the_same_tokens()
    {
        var language = new LanguageGrammar("source.shell");
        var tokens = language.Tokenize(Lines(Shell), out var complete);
        Assert.True(complete);
        Assert.False(language.LoadedFully);
        Assert.Equal(Dump(language.TokenizeWithAllGrammars(Lines(Shell))), Dump(tokens));
        Assert.True(language.LoadedFully);
    }

    [Fact]
    public void A_python_heredoc_loads_python_and_is_highlighted_as_python()
    {
        var language = new LanguageGrammar("source.shell");
        var tokens = language.Tokenize(Lines(ShellWithPython), out _);
        Assert.True(language.LoadedFully);
        Assert.Contains(tokens!.SelectMany(l => l), t => t.Text.Trim() == "def" && t.Kind != TokenKind.Normal);
        Assert.Equal(Dump(new LanguageGrammar("source.shell").TokenizeWithAllGrammars(Lines(ShellWithPython))), Dump(tokens));
    }

    [Fact]
    public void Every_bundled_language_gives_the_tokens_of_its_fully_loaded_grammar()
    {
        var scopes = CodeLanguages.Names.Select(n => CodeLanguages.Find(n)!.Scope).Distinct().ToList();
        Assert.True(scopes.Count >= 25);
        foreach (var scope in scopes)
        {
            var language = new LanguageGrammar(scope);
            foreach (var text in new[] { Shell, Polyglot, ShellWithPython })
            {
                var actual = Dump(language.Tokenize(Lines(text), out _));
                var expected = Dump(language.TokenizeWithAllGrammars(Lines(text)));
                Assert.True(expected != "(none)", scope);
                Assert.True(expected == actual, $"{scope}: tokens differ from the fully loaded grammar");
            }
        }
    }

    [Fact]
    public void Every_bundled_language_gives_the_tokens_of_TextMateSharps_own_grammar_loading()
    {
        var scopes = CodeLanguages.Names.Select(n => CodeLanguages.Find(n)!.Scope).Distinct().ToList();
        foreach (var scope in scopes)
        {
            var theirs = new TextMateSharp.Registry.Registry(new GrammarSource(textMateSharpReader: true)).LoadGrammar(scope);
            var ours = new LanguageGrammar(scope);
            foreach (var text in new[] { Shell, Polyglot })
            {
                var expected = Dump(TextMateTokenizer.Tokenize(theirs, EmbeddedGrammarPlan.None, Lines(text), out _));
                Assert.True(expected == Dump(ours.Tokenize(Lines(text), out _)), $"{scope}: tokens differ from TextMateSharp's loading");
            }
        }
    }
}
