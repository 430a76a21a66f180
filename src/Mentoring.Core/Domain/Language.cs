namespace Mentoring.Core.Domain;

/// <summary>A language, with its name in its own script (how a person finds it in a list) and in others.</summary>
public sealed record Language(string Code, string NativeName, IReadOnlyDictionary<string, string> Names);
