using System.Reflection;
using TextMateSharp.Internal.Grammars.Parser;
using TextMateSharp.Internal.Grammars.Reader;
using TextMateSharp.Internal.Themes.Reader;
using TextMateSharp.Internal.Types;
using TextMateSharp.Registry;
using TextMateSharp.Themes;

namespace GoOverview.Export.Code;

/// <summary>
/// Reads only the grammars a document asks for from TextMateSharp.Grammars' embedded resources. (Its own
/// RegistryOptions parses every language's manifest up front, ~200 ms.) Colours come from our <see cref="CodeTheme"/>,
/// so the TextMate theme is empty. Languages the package lacks (Protocol Buffers) come from our own grammars, embedded
/// in this assembly.
/// </summary>
internal sealed class GrammarSource(EmbeddedGrammarPlan? plan = null, GrammarSource? readFrom = null, bool textMateSharpReader = false) : IRegistryOptions
{
    private const string Prefix = "TextMateSharp.Grammars.Resources.Grammars.";

    /// <summary>Scope → resource (below <see cref="Prefix"/>), including scopes other grammars embed.</summary>
    private static readonly Dictionary<string, string> Resources = new(StringComparer.Ordinal)
    {
        ["source.go"] = "go.syntaxes.go.tmLanguage.json",
        ["source.shell"] = "shellscript.syntaxes.shell-unix-bash.tmLanguage.json",
        ["source.js"] = "javascript.syntaxes.JavaScript.tmLanguage.json",
        ["source.ts"] = "typescriptbasics.syntaxes.TypeScript.tmLanguage.json",
        ["source.python"] = "python.syntaxes.MagicPython.tmLanguage.json",
        ["source.regexp.python"] = "python.syntaxes.MagicRegExp.tmLanguage.json",
        ["source.yaml"] = "yaml.syntaxes.yaml.tmLanguage.json",
        ["source.dockerfile"] = "docker.syntaxes.docker.tmLanguage.json",
        ["source.sql"] = "sql.syntaxes.sql.tmLanguage.json",
        ["source.java"] = "java.syntaxes.java.tmLanguage.json",
        ["source.c"] = "cpp.syntaxes.c.tmLanguage.json",
        ["source.cpp"] = "cpp.syntaxes.cpp.tmLanguage.json",
        ["source.cpp.embedded.macro"] = "cpp.syntaxes.cpp.embedded.macro.tmLanguage.json",
        ["source.cs"] = "csharp.syntaxes.csharp.tmLanguage.json",
        ["source.json"] = "json.syntaxes.JSON.tmLanguage.json",
        ["source.json.comments"] = "json.syntaxes.JSONC.tmLanguage.json",
        ["text.xml"] = "xml.syntaxes.xml.tmLanguage.json",
        ["text.html.basic"] = "html.syntaxes.html.tmLanguage.json",
        ["source.css"] = "css.syntaxes.css.tmLanguage.json",
        ["source.makefile"] = "make.syntaxes.make.tmLanguage.json",
        ["source.diff"] = "diff.syntaxes.diff.tmLanguage.json",
        ["source.rust"] = "rust.syntaxes.rust.tmLanguage.json",
        ["source.ruby"] = "ruby.syntaxes.ruby.tmLanguage.json",
        ["source.php"] = "php.syntaxes.php.tmLanguage.json",
        ["source.lua"] = "lua.syntaxes.lua.tmLanguage.json",
        ["source.ini"] = "ini.syntaxes.ini.tmLanguage.json",
        ["source.powershell"] = "powershell.syntaxes.powershell.tmLanguage.json",
        ["source.swift"] = "swift.syntaxes.swift.tmLanguage.json",
        ["source.dart"] = "dart.syntaxes.dart.tmLanguage.json",
        ["source.groovy"] = "groovy.syntaxes.groovy.tmLanguage.json",
        ["source.batchfile"] = "bat.syntaxes.batchfile.tmLanguage.json",
    };

    /// <summary>Scope → our own grammar (resource "GoOverview.Grammars.NAME", from Code/Grammars/).</summary>
    private static readonly Dictionary<string, string> OwnResources = new(StringComparer.Ordinal)
    {
        ["source.proto"] = "proto.tmLanguage.json",
    };

    private static readonly Assembly GrammarAssembly = typeof(TextMateSharp.Grammars.RegistryOptions).Assembly;

    public static bool Has(string scope) => Resources.ContainsKey(scope) || OwnResources.ContainsKey(scope);

    private readonly Dictionary<string, IRawGrammar?> _read = new(StringComparer.Ordinal);

    /// <summary>The grammar of <paramref name="scopeName"/> (a stand-in when the plan defers it), or null when unknown.</summary>
    public IRawGrammar? GetGrammar(string scopeName) =>
        plan is not null && plan.Deferred.TryGetValue(scopeName, out var included) ? StandIn(scopeName, included) : Read(scopeName);

    /// <summary>
    /// A grammar that matches nothing, with a rule for each name other grammars include from it: a rule that embeds
    /// it keeps its place among its siblings (a rule whose includes all resolve to nothing is dropped), and a token
    /// inside such a rule carries the rule's name, which <see cref="EmbeddedGrammarPlan.Guarded"/> notices.
    /// </summary>
    private static IRawGrammar StandIn(string scopeName, IReadOnlySet<string> included)
    {
        static List<object> Never() => [new Raw { ["match"] = "(?!)" }];
        var repository = new Raw();
        foreach (var name in included) repository[name] = new Raw { ["patterns"] = Never() };
        return new Raw { ["scopeName"] = scopeName, ["patterns"] = Never(), ["repository"] = repository };
    }

    /// <summary>The raw grammar, read once per source (TextMateSharp clones it before use).</summary>
    public IRawGrammar? Read(string scopeName)
    {
        if (readFrom is not null) return readFrom.Read(scopeName);
        if (_read.TryGetValue(scopeName, out var known)) return known;
        return _read[scopeName] = textMateSharpReader ? ReadWithTextMateSharp(scopeName) : Parse(scopeName);
    }

    private static IRawGrammar? Parse(string scopeName)
    {
        using var stream = OpenResource(scopeName);
        if (stream is null) return null;
        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        return GrammarJsonReader.Read(bytes) is { } read
            ? new SingleUseGrammar(read, () => GrammarJsonReader.Read(bytes)!)
            : GrammarReader.ReadGrammarSync(new StreamReader(new MemoryStream(bytes)));
    }

    /// <summary>The grammar as TextMateSharp's own reader reads it (what <see cref="GrammarJsonReader"/> must equal).</summary>
    internal static IRawGrammar? ReadWithTextMateSharp(string scopeName)
    {
        using var stream = OpenResource(scopeName);
        if (stream is null) return null;
        using var reader = new StreamReader(stream);
        return GrammarReader.ReadGrammarSync(reader);
    }

    private static Stream? OpenResource(string scopeName) =>
        Resources.TryGetValue(scopeName, out var resource) ? GrammarAssembly.GetManifestResourceStream(Prefix + resource)
        : OwnResources.TryGetValue(scopeName, out var own) ? typeof(GrammarSource).Assembly.GetManifestResourceStream("GoOverview.Grammars." + own)
        : null;

    /// <summary>Every scope with a grammar.</summary>
    internal static IEnumerable<string> Scopes => Resources.Keys.Concat(OwnResources.Keys);

    public ICollection<string>? GetInjections(string scopeName) => null;

    public IRawTheme GetTheme(string scopeName) => GetDefaultTheme();

    public IRawTheme GetDefaultTheme()
    {
        using var reader = new StreamReader(new MemoryStream("""{"name":"none","settings":[]}"""u8.ToArray()));
        return ThemeReader.ReadThemeSync(reader);
    }
}
