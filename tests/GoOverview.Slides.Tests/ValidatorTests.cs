using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Validation;
using GoOverview.Slides.Tests.Support;
using Xunit.Abstractions;

namespace GoOverview.Slides.Tests;

/// <summary>The Open XML SDK's schema and semantic validator finds no error in our decks.</summary>
public sealed class ValidatorTests(ITestOutputHelper output)
{
    [Fact]
    public void SeedDeckHasNoValidationErrors() => AssertValid(Decks.Seed);

    [Fact]
    public void MixedFixtureDeckHasNoValidationErrors() => AssertValid(Decks.Write(Fixtures.Mixed(), "mixed"));

    private void AssertValid(WrittenDeck deck)
    {
        using var document = deck.Open();
        var errors = new OpenXmlValidator(FileFormatVersions.Office2019).Validate(document).ToList();
        foreach (var e in errors.Take(30)) output.WriteLine($"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}");
        Assert.Empty(errors);
        Assert.True(deck.Plan.Slides.Length > 3);
    }
}
