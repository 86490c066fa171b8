using GoOverview.Word.Tests.Support;

namespace GoOverview.Word.Tests;

/// <summary>The Open XML SDK validator (Office 2019 schema) finds no error in what we write.</summary>
public sealed class ValidatorTests
{
    [Fact]
    public void Seed_is_valid()
    {
        var errors = WordKit.Validate(WordKit.SeedDocx);
        Assert.True(errors.Count == 0, WordKit.Describe(errors));
    }

    [Fact]
    public void Tables_code_quotes_and_footnotes_are_valid()
    {
        var errors = WordKit.Validate(WordKit.Write(Fixtures.TablesCodeQuotesNotes()));
        Assert.True(errors.Count == 0, WordKit.Describe(errors));
    }

    [Fact]
    public void Nested_lists_are_valid()
    {
        var errors = WordKit.Validate(WordKit.Write(Fixtures.NestedLists()));
        Assert.True(errors.Count == 0, WordKit.Describe(errors));
    }
}
