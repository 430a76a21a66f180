namespace Mentoring.Conversations.Tests.Dialogs;

/// <summary>What the person writes, or what the bot answers (its text exactly, and its buttons if it has any).</summary>
public sealed class TranscriptLine
{
    public string? User { get; set; }

    public string? Bot { get; set; }

    public List<string> Buttons { get; set; } = [];
}
