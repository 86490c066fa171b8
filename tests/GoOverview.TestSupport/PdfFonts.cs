namespace GoOverview.TestSupport;

/// <summary>The fonts of a PDF as poppler's pdffonts lists them.</summary>
public static class PdfFonts
{
    /// <summary>The PostScript names of the PDF's fonts, without the six-letter subset tag (ABCDEF+), each once, sorted.</summary>
    public static IReadOnlyList<string> Names(string pdf)
    {
        var result = ExternalTool.Run("pdffonts", [pdf]);
        if (result.ExitCode != 0) throw new Xunit.Sdk.XunitException("pdffonts failed: " + result);
        return result.StdOut.Split('\n').Skip(2).Where(l => l.Trim().Length > 0)
            .Select(l => l.Split(' ', 2)[0])
            .Select(n => n.Length > 7 && n[6] == '+' ? n[7..] : n)
            .Distinct().Order(StringComparer.Ordinal).ToList();
    }
}
