using Xunit;

namespace GoOverview.Model.Tests;

public sealed class KeyTermsTests
{
    [Theory]
    [InlineData(255, 0, 0, true, true)]
    [InlineData(230, 30, 30, true, true)]
    [InlineData(255, 0, 0, false, false)]
    [InlineData(0, 0, 255, true, false)]
    [InlineData(255, 128, 0, true, false)]
    public void Key_term_style_is_red_and_bold(int r, int g, int b, bool bold, bool expected)
    {
        var style = new TextStyle(Color: new RgbColor((byte)r, (byte)g, (byte)b), Bold: bold);
        Assert.Equal(expected, KeyTerms.IsKeyTermStyle(style));
    }

    [Fact]
    public void Diagnostics_print_file_line_column_level_and_code()
    {
        var d = new Diagnostics.Diagnostic(Diagnostics.Severity.Warning, "empty-link", "empty link dropped", new SourceLocation("a.md", 3, 5));
        Assert.Equal("a.md:3:5: warning: empty link dropped [empty-link]", d.ToString());
    }
}
