namespace Mentoring.Core.Domain;

/// <summary>A field of work; sectors of one <see cref="Family"/> are related for matching.</summary>
public sealed record Sector(string Code, string Family, IReadOnlyDictionary<string, string> Names);
