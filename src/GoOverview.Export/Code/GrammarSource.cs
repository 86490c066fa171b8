using System.Reflection;
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
internal sealed class GrammarSource : IRegistryOptions
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

    public IRawGrammar? GetGrammar(string scopeName)
    {
        using var stream = Resources.TryGetValue(scopeName, out var resource) ? GrammarAssembly.GetManifestResourceStream(Prefix + resource)
            : OwnResources.TryGetValue(scopeName, out var own) ? typeof(GrammarSource).Assembly.GetManifestResourceStream("GoOverview.Grammars." + own)
            : null;
        if (stream is null) return null;
        using var reader = new StreamReader(stream);
        return GrammarReader.ReadGrammarSync(reader);
    }

    public ICollection<string>? GetInjections(string scopeName) => null;

    public IRawTheme GetTheme(string scopeName) => GetDefaultTheme();

    public IRawTheme GetDefaultTheme()
    {
        using var reader = new StreamReader(new MemoryStream("""{"name":"none","settings":[]}"""u8.ToArray()));
        return ThemeReader.ReadThemeSync(reader);
    }
}
