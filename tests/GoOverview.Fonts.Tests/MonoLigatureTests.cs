using GoOverview.Fonts;
using Xunit;

namespace GoOverview.Fonts.Tests;

/// <summary>The code font's subsets carry no ligature features, so Word and LibreOffice never draw "&lt;-" as an arrow.</summary>
public sealed class MonoLigatureTests
{
    private static readonly FontLibrary Fonts = FontLibrary.LoadBundled();

    private static HashSet<string> GsubFeatures(byte[] font) => GoOverview.TestSupport.OpenTypeFeatures.Gsub(font);

    [Fact]
    public void The_full_mono_font_has_ligatures_its_subsets_do_not()
    {
        var code = "x := <-ch != -> == <= >= // /* */ www ::".Select(c => (int)c).ToHashSet();
        Assert.Contains("calt", GsubFeatures(Fonts.Mono.Data)); // the test can fail: the source font has them
        foreach (var font in new[] { Fonts.Mono, Fonts.MonoBold, Fonts.MonoItalic })
        {
            var features = GsubFeatures(Fonts.Subset(font, code));
            Assert.DoesNotContain("calt", features);
            Assert.DoesNotContain("liga", features);
        }
    }
}
