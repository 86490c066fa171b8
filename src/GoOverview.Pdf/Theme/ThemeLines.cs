using System.Text.Json;

namespace GoOverview.Pdf.Theme;

/// <summary>
/// Where each value of a theme file is: "bodySize", "margins.top", "headingSizes[2]" → 1-based line and column.
/// JsonDocument keeps no positions, so the file is read once more with a reader that does.
/// </summary>
internal static class ThemeLines
{
    public static Dictionary<string, (int Line, int Column)> Locate(byte[] json, JsonReaderOptions options)
    {
        var result = new Dictionary<string, (int, int)>(StringComparer.Ordinal);
        var reader = new Utf8JsonReader(json, options);
        var path = new List<(string Prefix, int Index)>(); // Index -1: an object; otherwise the next array index
        string? property = null;
        var line = 1;
        var lineStart = 0L;
        var scanned = 0L;
        while (reader.Read())
        {
            for (; scanned < reader.TokenStartIndex; scanned++)
                if (json[scanned] == (byte)'\n') { line++; lineStart = scanned + 1; }
            var here = (line, (int)(reader.TokenStartIndex - lineStart) + 1);
            if (reader.TokenType == JsonTokenType.PropertyName)
            {
                property = Join(path.Count > 0 ? path[^1].Prefix : "", reader.GetString() ?? "");
                result[property] = here;
                continue;
            }
            if (reader.TokenType is JsonTokenType.EndObject or JsonTokenType.EndArray)
            {
                path.RemoveAt(path.Count - 1);
                continue;
            }
            var name = property ?? "";
            if (property is null && path.Count > 0 && path[^1].Index >= 0)
            {
                name = $"{path[^1].Prefix}[{path[^1].Index}]";
                path[^1] = (path[^1].Prefix, path[^1].Index + 1);
                result[name] = here;
            }
            property = null;
            if (reader.TokenType == JsonTokenType.StartObject) path.Add((name, -1));
            else if (reader.TokenType == JsonTokenType.StartArray) path.Add((name, 0));
        }
        return result;
    }

    private static string Join(string prefix, string name) => prefix.Length == 0 ? name : prefix + "." + name;
}
