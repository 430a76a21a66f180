namespace Mentoring.Core.Conversations;

/// <summary>The full privacy notice, one per language, that the consent question links to (<c>/privacy</c>).</summary>
public static class PrivacyTexts
{
    public const string Title = "privacy.title";
    public const string Full = "privacy.full";

    /// <summary>Which version of the consent texts a person answered; change it with the texts.</summary>
    public const string Version = "2026-11";

    public static readonly IReadOnlyList<string> All = [Title, Full];
}
