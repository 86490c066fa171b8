namespace GoOverview.Export.Code;

/// <summary>
/// TextMate scopes → <see cref="TokenKind"/>. The innermost scope that means something wins (a string's quote marks
/// are punctuation inside the string scope, so they take the string's kind).
/// </summary>
internal static class ScopeClassifier
{
    /// <summary>Each scope name's kind, worked out once: a grammar uses a few hundred names over and over.</summary>
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, TokenKind?> Known = new(StringComparer.Ordinal);

    public static TokenKind Classify(IReadOnlyList<string> scopes)
    {
        for (var i = scopes.Count - 1; i >= 0; i--)
        {
            if (Known.GetOrAdd(scopes[i], Of) is { } kind) return kind;
        }
        return TokenKind.Normal;
    }

    private static TokenKind? Of(string scope)
    {
        static bool Is(string scope, string prefix) =>
            scope.StartsWith(prefix, StringComparison.Ordinal) && (scope.Length == prefix.Length || scope[prefix.Length] == '.');

        if (Is(scope, "comment")) return TokenKind.Comment;
        if (Is(scope, "constant.character.escape") || Is(scope, "constant.other.placeholder") || Is(scope, "string.regexp")) return TokenKind.SpecialChar;
        if (Is(scope, "constant.other.rune") || Is(scope, "string.quoted.rune") || Is(scope, "constant.character")) return TokenKind.Char;
        if (Is(scope, "string.unquoted.plain") || Is(scope, "string.unquoted.block")) return TokenKind.String;
        if (Is(scope, "string")) return TokenKind.String;
        if (Is(scope, "constant.numeric"))
            return scope.Contains("float", StringComparison.Ordinal) ? TokenKind.Float : TokenKind.DecVal;
        if (Is(scope, "constant.language") || Is(scope, "support.constant") || Is(scope, "constant")) return TokenKind.Constant;
        if (Is(scope, "keyword.control.directive") || Is(scope, "meta.preprocessor") || Is(scope, "punctuation.definition.directive")) return TokenKind.Preprocessor;
        if (Is(scope, "keyword.package") || Is(scope, "keyword.import") || Is(scope, "keyword.control.import") ||
            Is(scope, "keyword.other.import") || Is(scope, "keyword.other.package")) return TokenKind.Import;
        if (Is(scope, "keyword.operator.new") || Is(scope, "keyword.operator.expression") || Is(scope, "keyword.operator.logical.python"))
            return TokenKind.Keyword;
        if (Is(scope, "keyword.operator")) return TokenKind.Operator;
        if (Is(scope, "keyword.control")) return TokenKind.ControlFlow;
        if (Is(scope, "keyword.other.DML") || Is(scope, "keyword.other.DDL") || Is(scope, "keyword")) return TokenKind.Keyword;
        if (Is(scope, "storage.type.numeric") || Is(scope, "storage.type.string") || Is(scope, "storage.type.boolean") ||
            Is(scope, "storage.type.byte") || Is(scope, "storage.type.error") || Is(scope, "storage.type.primitive") ||
            Is(scope, "storage.type.built-in") || Is(scope, "storage.type.uintptr") || Is(scope, "storage.type.rune"))
            return TokenKind.DataType;
        if (Is(scope, "storage")) return TokenKind.Keyword;
        if (Is(scope, "support.function.builtin") || Is(scope, "variable.language") || Is(scope, "support.function.builtin")) return TokenKind.BuiltIn;
        if (Is(scope, "entity.name.function") || Is(scope, "support.function") || Is(scope, "meta.function-call.generic")) return TokenKind.Function;
        if (Is(scope, "support.type.property-name") || Is(scope, "entity.other.attribute-name") || Is(scope, "entity.name.tag.yaml") ||
            Is(scope, "variable.other.key")) return TokenKind.Attribute;
        if (Is(scope, "entity.name.tag")) return TokenKind.Keyword;
        if (Is(scope, "entity.name.type") || Is(scope, "entity.name.class") || Is(scope, "entity.other.inherited-class") ||
            Is(scope, "support.type") || Is(scope, "support.class") || Is(scope, "storage.type")) return TokenKind.DataType;
        if (Is(scope, "variable.parameter") || Is(scope, "variable.other.readwrite") || Is(scope, "variable.other.normal") ||
            Is(scope, "variable.other.assignment") || Is(scope, "variable")) return TokenKind.Variable;
        if (Is(scope, "markup.inserted")) return TokenKind.String;
        if (Is(scope, "markup.deleted") || Is(scope, "invalid")) return TokenKind.Alert;
        if (Is(scope, "meta.diff.header") || Is(scope, "meta.diff.range")) return TokenKind.Preprocessor;
        return null;
    }
}
