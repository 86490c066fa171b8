using System.Text;
using GoOverview.Model;
using GoOverview.Model.Diagnostics;

namespace GoOverview.Cli;

/// <summary>
/// Turns the source's bytes into text. With --encoding the named encoding is used; otherwise a byte-order mark decides
/// (UTF-8, UTF-16 LE/BE), then UTF-16 without a mark is recognised by its zero bytes, valid UTF-8 is UTF-8, and
/// anything else is read as GB18030 (the superset of GBK/GB2312 that Windows Notepad and older Chinese repositories
/// write) with a warning that the encoding was guessed.
/// </summary>
public static class SourceDecoding
{
    /// <summary>
    /// The code-page encodings (GB18030, Big5, …), registered only when a source needs one: once registered, the HTML
    /// parser's encoding table builds every code page it knows at start-up, about 15 ms for nothing on a UTF-8 file.
    /// </summary>
    private static readonly Lazy<bool> CodePages = new(() =>
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return true;
    });

    private static Encoding CodePageEncoding(string name, EncoderFallback encoderFallback, DecoderFallback decoderFallback)
    {
        _ = CodePages.Value;
        return Encoding.GetEncoding(name, encoderFallback, decoderFallback);
    }

    /// <summary>Names --encoding accepts, beside any name .NET knows (e.g. big5, shift_jis).</summary>
    public const string Help = "utf-8, utf-16le, utf-16be, gb18030 (also gbk, gb2312), big5, …";

    /// <exception cref="UsageException">The name is not an encoding .NET knows.</exception>
    public static Encoding Named(string name)
    {
        try
        {
            // GBK and GB2312 are subsets of GB18030: decoding with the superset loses nothing.
            var canonical = name.Trim().ToLowerInvariant() is "gbk" or "gb2312" or "cp936" or "936" ? "gb18030" : name.Trim();
            return CodePageEncoding(canonical, EncoderFallback.ExceptionFallback, DecoderFallback.ReplacementFallback);
        }
        catch (ArgumentException)
        {
            throw new UsageException($"--encoding: unknown encoding '{name}' (for example {Help})");
        }
    }

    public static string Decode(byte[] bytes, Encoding? named, string path, DiagnosticBag diagnostics)
    {
        if (named is not null) return Strip(WithReplacementWarning(bytes, named, path, diagnostics));
        if (StartsWith(bytes, 0xEF, 0xBB, 0xBF)) return Strip(WithReplacementWarning(bytes, new UTF8Encoding(false, true), path, diagnostics));
        if (StartsWith(bytes, 0xFF, 0xFE)) return Strip(WithReplacementWarning(bytes, new UnicodeEncoding(false, true, true), path, diagnostics));
        if (StartsWith(bytes, 0xFE, 0xFF)) return Strip(WithReplacementWarning(bytes, new UnicodeEncoding(true, true, true), path, diagnostics));

        if (LooksLikeUtf16(bytes, out var bigEndian))
        {
            diagnostics.Warning("encoding", $"the file has no byte-order mark and is not UTF-8; read as UTF-16 {(bigEndian ? "BE" : "LE")} (guessed; set it with --encoding)",
                new SourceLocation(path, 1, 1));
            return Strip(WithReplacementWarning(bytes, new UnicodeEncoding(bigEndian, false, true), path, diagnostics));
        }
        if (IsValidUtf8(bytes)) return new UTF8Encoding(false).GetString(bytes);
        var gb18030 = CodePageEncoding("gb18030", EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
        try
        {
            var text = gb18030.GetString(bytes);
            diagnostics.Warning("encoding", "the file is not UTF-8; read as GB18030/GBK (guessed; set it with --encoding, e.g. --encoding big5)",
                new SourceLocation(path, 1, 1));
            return text;
        }
        catch (DecoderFallbackException)
        {
            return WithReplacementWarning(bytes, new UTF8Encoding(false, true), path, diagnostics);
        }
    }

    /// <summary>Decodes strictly; on the first invalid byte warns once with its line and decodes again replacing invalid bytes by U+FFFD.</summary>
    private static string WithReplacementWarning(byte[] bytes, Encoding encoding, string path, DiagnosticBag diagnostics)
    {
        var strict = (Encoding)encoding.Clone();
        strict.DecoderFallback = DecoderFallback.ExceptionFallback;
        try
        {
            return strict.GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            var line = 1 + bytes.Take(Math.Max(0, e.Index)).Count(b => b == (byte)'\n');
            diagnostics.Warning("encoding", $"the file is not valid {encoding.WebName}; invalid bytes were replaced with U+FFFD (set the encoding with --encoding)",
                new SourceLocation(path, line, 1));
            var lenient = (Encoding)encoding.Clone();
            lenient.DecoderFallback = DecoderFallback.ReplacementFallback;
            return lenient.GetString(bytes);
        }
    }

    private static string Strip(string text) => text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text;

    private static bool StartsWith(byte[] bytes, params byte[] mark) => bytes.AsSpan().StartsWith(mark);

    private static bool IsValidUtf8(byte[] bytes) => System.Text.Unicode.Utf8.IsValid(bytes);

    /// <summary>Text in UTF-16 has a zero byte in most ASCII code units: at odd offsets (LE) or even ones (BE).</summary>
    private static bool LooksLikeUtf16(byte[] bytes, out bool bigEndian)
    {
        bigEndian = false;
        if (bytes.Length < 4 || bytes.Length % 2 != 0) return false;
        var sample = Math.Min(bytes.Length, 4096);
        int zeroEven = 0, zeroOdd = 0;
        for (var i = 0; i < sample; i++)
        {
            if (bytes[i] != 0) continue;
            if (i % 2 == 0) zeroEven++;
            else zeroOdd++;
        }
        // GB18030 and UTF-8 text never hold a zero byte; UTF-16's ASCII (newlines, '#', spaces) puts them on one side,
        // CJK code units ending in 00 (言 U+8A00) only rarely on the other.
        if (zeroOdd >= 2 && zeroOdd > 3 * zeroEven) return true;
        if (zeroEven >= 2 && zeroEven > 3 * zeroOdd)
        {
            bigEndian = true;
            return true;
        }
        return false;
    }
}
