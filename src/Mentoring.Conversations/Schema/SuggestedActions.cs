namespace Mentoring.Conversations.Schema;

/// <summary>Buttons shown under a message on channels that have them.</summary>
public sealed class SuggestedActions
{
    public List<string>? To { get; set; }

    public List<CardAction> Actions { get; set; } = [];
}
