namespace Mentoring.Conversations.Dialogs.Recognition;

/// <summary>What a word of an availability answer means: some days, some parts of the day, or "to" between two days.</summary>
internal readonly record struct AvailabilityWord(AvailabilityWordKind Kind, int Mask);
