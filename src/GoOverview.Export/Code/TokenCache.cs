using GoOverview.Model.Files;

namespace GoOverview.Export.Code;

/// <summary>
/// Highlighted code blocks in the <see cref="ContentCache"/>: a repeat build of a block neither loads a grammar nor
/// tokenizes. An entry holds each line's token lengths and kinds (the text comes from the block itself) and is keyed by
/// the grammar scope, the block's text and the build of this library and of TextMateSharp (any change to the
/// classifier or the grammars gives new keys).
/// </summary>
internal static class TokenCache
{
    private static readonly string Build = string.Join("|",
        ModuleBuild(typeof(TokenCache)), ModuleBuild(typeof(TextMateSharp.Grammars.RegistryOptions)), ModuleBuild(typeof(TextMateSharp.Registry.Registry)));

    public static string Key(string scope, string text) => ContentCache.Key("code", Build, scope, text);

    /// <summary>The cached tokens of <paramref name="lines"/>, or null when absent or not matching the lines.</summary>
    public static List<IReadOnlyList<CodeToken>>? Read(ContentCache cache, string key, string[] lines)
    {
        if (cache.Get(key) is not { } bytes) return null;
        try
        {
            using var reader = new BinaryReader(new MemoryStream(bytes));
            if (reader.Read7BitEncodedInt() != lines.Length) return null;
            var result = new List<IReadOnlyList<CodeToken>>(lines.Length);
            foreach (var line in lines)
            {
                var count = reader.Read7BitEncodedInt();
                var tokens = new CodeToken[count];
                var at = 0;
                for (var i = 0; i < count; i++)
                {
                    var length = reader.Read7BitEncodedInt();
                    var kind = (TokenKind)reader.ReadByte();
                    if (length <= 0 || at + length > line.Length || !Enum.IsDefined(kind)) return null;
                    tokens[i] = new CodeToken(line.Substring(at, length), kind);
                    at += length;
                }
                if (at != line.Length) return null;
                result.Add(tokens);
            }
            return reader.BaseStream.Position == bytes.Length ? result : null;
        }
        catch (EndOfStreamException)
        {
            return null;
        }
    }

    public static void Write(ContentCache cache, string key, List<IReadOnlyList<CodeToken>> lines)
    {
        using var buffer = new MemoryStream();
        using (var writer = new BinaryWriter(buffer, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            writer.Write7BitEncodedInt(lines.Count);
            foreach (var line in lines)
            {
                writer.Write7BitEncodedInt(line.Count);
                foreach (var token in line)
                {
                    writer.Write7BitEncodedInt(token.Text.Length);
                    writer.Write((byte)token.Kind);
                }
            }
        }
        cache.Put(key, buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
    }

    private static string ModuleBuild(Type type)
    {
        try
        {
            return type.Module.ModuleVersionId.ToString("N");
        }
        catch (InvalidOperationException)
        {
            return type.Assembly.GetName().Version?.ToString() ?? "";
        }
    }
}
