namespace Mentoring.Core.Domain;

/// <summary>
/// Where one conversation is (the dialog stack and its answers so far), per channel address.
/// Loaded and saved once per turn; the version makes a turn that raced another one fail and retry
/// instead of overwriting it.
/// </summary>
public sealed class ConversationState : IVersioned
{
    private ConversationState()
    {
    }

    public ConversationState(Guid id, string channelId, string conversationKey, DateTimeOffset createdAt)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(channelId);
        ArgumentException.ThrowIfNullOrWhiteSpace(conversationKey);
        Id = id;
        ChannelId = channelId;
        ConversationKey = conversationKey;
        UpdatedAt = createdAt;
    }

    public Guid Id { get; private set; }

    public string ChannelId { get; private set; } = string.Empty;

    /// <summary>The E.164 number on SMS and WhatsApp, the conversation id elsewhere.</summary>
    public string ConversationKey { get; private set; } = string.Empty;

    public Guid? PersonId { get; private set; }

    /// <summary>The runtime's state as JSON; the programme does not read it.</summary>
    public string Data { get; private set; } = "{}";

    public DateTimeOffset UpdatedAt { get; private set; }

    public long Version { get; private set; }

    public void LinkTo(Guid personId) => PersonId = personId;

    /// <summary>The person erased their data: the conversation belongs to nobody known any more.</summary>
    public void Unlink() => PersonId = null;

    public void Save(string data, DateTimeOffset at)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(data);
        Data = data;
        UpdatedAt = at;
    }
}
