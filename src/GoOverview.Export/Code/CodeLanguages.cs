namespace GoOverview.Export.Code;

/// <summary>A language the highlighter knows: its TextMate grammar's scope and the label shown beside a block.</summary>
public sealed record CodeLanguage(string Scope, string Label);

/// <summary>
/// Fence info words → grammars of TextMateSharp.Grammars (case-insensitive). Only names listed here are highlighted:
/// an unknown name stays plain rather than being guessed.
/// </summary>
public static class CodeLanguages
{
    private static readonly Dictionary<string, CodeLanguage> ByName = Build();

    public static CodeLanguage? Find(string fenceLanguage)
    {
        var name = fenceLanguage.Trim().TrimStart('{', '.').TrimEnd('}').ToLowerInvariant();
        return ByName.GetValueOrDefault(name);
    }

    public static IEnumerable<string> Names => ByName.Keys.Order(StringComparer.Ordinal);

    private static Dictionary<string, CodeLanguage> Build()
    {
        var map = new Dictionary<string, CodeLanguage>(StringComparer.Ordinal);
        void Add(string scope, string label, params string[] names)
        {
            var language = new CodeLanguage(scope, label);
            foreach (var n in names) map[n] = language;
        }
        Add("source.go", "Go", "go", "golang");
        Add("source.shell", "Shell", "sh", "bash", "shell", "console", "zsh", "shellscript");
        Add("source.js", "JavaScript", "js", "javascript", "mjs", "cjs", "jsx");
        Add("source.ts", "TypeScript", "ts", "typescript", "tsx");
        Add("source.python", "Python", "py", "python", "python3");
        Add("source.yaml", "YAML", "yml", "yaml");
        Add("source.dockerfile", "Dockerfile", "dockerfile", "docker", "containerfile");
        Add("source.sql", "SQL", "sql", "mysql", "postgresql", "psql", "sqlite");
        Add("source.java", "Java", "java");
        Add("source.c", "C", "c", "h");
        Add("source.cpp", "C++", "cpp", "c++", "cc", "cxx", "hpp");
        Add("source.cs", "C#", "cs", "csharp", "c#");
        Add("source.json", "JSON", "json");
        Add("source.json.comments", "JSON", "jsonc", "json5");
        Add("text.xml", "XML", "xml", "svg", "xsd", "plist");
        Add("text.html.basic", "HTML", "html", "htm", "xhtml");
        Add("source.css", "CSS", "css");
        Add("source.makefile", "Makefile", "makefile", "make", "mk");
        Add("source.diff", "Diff", "diff", "patch");
        Add("source.rust", "Rust", "rust", "rs");
        Add("source.ruby", "Ruby", "ruby", "rb");
        Add("source.php", "PHP", "php");
        Add("source.lua", "Lua", "lua");
        Add("source.ini", "INI", "ini", "toml", "conf");
        Add("source.powershell", "PowerShell", "powershell", "ps1", "pwsh");
        Add("source.swift", "Swift", "swift");
        Add("source.dart", "Dart", "dart");
        Add("source.groovy", "Groovy", "groovy", "gradle");
        Add("source.batchfile", "Batch", "bat", "batch", "cmd");
        Add("source.proto", "Protobuf", "proto", "protobuf", "proto3");
        return map;
    }
}
