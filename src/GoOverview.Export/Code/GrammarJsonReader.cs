using System.Text.Json;
using TextMateSharp.Internal.Grammars.Parser;

namespace GoOverview.Export.Code;

/// <summary>
/// Reads a TextMate grammar's JSON straight into TextMateSharp's <see cref="Raw"/> objects with
/// <see cref="Utf8JsonReader"/>, giving what TextMateSharp's own reader gives (objects as <see cref="Raw"/>, arrays as
/// lists, strings; numbers, booleans and nulls left out as it leaves them out) without its JSON tree, string
/// re-reading and plist events, which cost several times the grammar's size in garbage.
/// </summary>
internal static class GrammarJsonReader
{
    private static readonly JsonReaderOptions Options = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    /// <summary>The grammar, or null when the text is not a JSON object.</summary>
    public static Raw? Read(ReadOnlySpan<byte> utf8)
    {
        if (utf8.StartsWith("\uFEFF"u8)) utf8 = utf8[3..];
        var reader = new Utf8JsonReader(utf8, Options);
        try
        {
            return reader.Read() && reader.TokenType == JsonTokenType.StartObject ? ReadObject(ref reader) : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static Raw ReadObject(ref Utf8JsonReader reader)
    {
        var raw = new Raw();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var key = reader.GetString()!;
            reader.Read();
            if (ReadValue(ref reader) is { } value) raw[key] = value;
        }
        return raw;
    }

    private static List<object> ReadArray(ref Utf8JsonReader reader)
    {
        var list = new List<object>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            if (ReadValue(ref reader) is { } value) list.Add(value);
        return list;
    }

    /// <summary>The value at the reader (objects and arrays read to their end), or null for one TextMateSharp drops.</summary>
    private static object? ReadValue(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.StartObject => ReadObject(ref reader),
        JsonTokenType.StartArray => ReadArray(ref reader),
        JsonTokenType.String => reader.GetString(),
        _ => null,
    };
}
