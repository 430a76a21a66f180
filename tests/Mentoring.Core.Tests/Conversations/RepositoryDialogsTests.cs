using Mentoring.Core.Conversations;

namespace Mentoring.Core.Tests.Conversations;

/// <summary>The repository's <c>dialogs/</c> load with the programme's schema: every check at start passes on what ships.</summary>
public sealed class RepositoryDialogsTests
{
    [Fact]
    public void Dialogs_LoadInEverySupportedLanguage()
    {
        var catalog = ProgrammeChat.Catalog;

        Assert.Equal(MentoringConversation.Languages.Order(StringComparer.Ordinal), catalog.Languages.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("en", "English")]
    [InlineData("de", "Deutsch")]
    [InlineData("ar", "العربية")]
    [InlineData("uk", "Українська")]
    [InlineData("fr", "Français")]
    [InlineData("es", "Español")]
    public void FirstQuestion_ListsEveryLanguageInItsOwnScript_WhateverTheLanguage(string language, string ownName)
    {
        foreach (var other in MentoringConversation.Languages)
        {
            Assert.Equal(ownName, ProgrammeChat.Catalog.Text(other, "language." + language));
        }
    }
}
