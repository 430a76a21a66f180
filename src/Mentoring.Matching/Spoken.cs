namespace Mentoring.Matching;

/// <summary>A language and how well it is spoken: 1 basic, 2 conversational, 3 fluent, 4 native.</summary>
public readonly record struct Spoken(string Code, int Level);
