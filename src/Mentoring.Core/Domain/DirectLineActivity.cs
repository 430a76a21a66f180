namespace Mentoring.Core.Domain;

/// <summary>One activity of a Direct Line conversation, as its clients read it.</summary>
public sealed class DirectLineActivity
{
    private DirectLineActivity()
    {
    }

    public DirectLineActivity(string conversationId, long sequence, string json, DateTimeOffset createdAt)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(conversationId);
        ArgumentException.ThrowIfNullOrWhiteSpace(json);
        ConversationId = conversationId;
        Sequence = sequence;
        Json = json;
        CreatedAt = createdAt;
    }

    public string ConversationId { get; private set; } = string.Empty;

    public long Sequence { get; private set; }

    public string Json { get; private set; } = string.Empty;

    public DateTimeOffset CreatedAt { get; private set; }
}
