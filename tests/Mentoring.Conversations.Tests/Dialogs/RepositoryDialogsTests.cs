namespace Mentoring.Conversations.Tests.Dialogs;

/// <summary>The repository's <c>dialogs/</c> folder loads: every check at start passes on what ships.</summary>
public sealed class RepositoryDialogsTests
{
    [Fact]
    public void Load_Succeeds_ForTheRepositoryFolder()
    {
        var catalog = SampleDialogs.Catalog;

        Assert.Equal(["ar", "de", "en"], catalog.Languages.Order(StringComparer.Ordinal));
    }
}
