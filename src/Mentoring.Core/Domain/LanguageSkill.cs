namespace Mentoring.Core.Domain;

/// <summary>A language a person speaks (ISO 639-1 code, as in <c>dialogs/lists/languages.yaml</c>) and how well.</summary>
public sealed record LanguageSkill(string Code, LanguageLevel Level);
