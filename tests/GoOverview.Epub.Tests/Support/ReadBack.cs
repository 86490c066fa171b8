using System.Text;
using GoOverview.Model;
using GoOverview.TestSupport;

namespace GoOverview.Epub.Tests.Support;

/// <summary>Independent read-back of a built book with pandoc (-f epub -t plain), compared without whitespace.</summary>
internal static class ReadBack
{
    public static string PandocPlain(string epubPath)
    {
        var result = ExternalTool.Run("pandoc", ["-f", "epub", "-t", "plain", "--wrap=none", epubPath]);
        if (result.ExitCode != 0) throw new Xunit.Sdk.XunitException("pandoc failed: " + result);
        // pandoc's plain writer marks strikethrough with ~~ and note references as [1].
        return System.Text.RegularExpressions.Regex.Replace(result.StdOut.Replace("~~", ""), @"\[(\d+)\]", "$1");
    }

    /// <summary>pandoc's plain writer shows note references as superscript digits.</summary>
    private const string Superscripts = "⁰¹²³⁴⁵⁶⁷⁸⁹";

    public static string Squeeze(string s)
    {
        var sb = new StringBuilder(s.Length);
        foreach (var c in s)
            if (!char.IsWhiteSpace(c)) sb.Append(Superscripts.IndexOf(c) is var d and >= 0 ? (char)('0' + d) : c);
        return sb.ToString();
    }

    /// <summary>
    /// The visible text of every paragraph-like block (headings, paragraphs, list items, cells, code), squeezed.
    /// </summary>
    public static List<string> SourceTexts(Document document) =>
        DocumentWalker.AllBlocks(document)
            .SelectMany(b => b is CodeBlock c ? [c.Text] : DocumentWalker.OwnInlines(b).Select(i => PlainText.Of(i)))
            .Select(Squeeze).Where(s => s.Length > 0).ToList();
}
