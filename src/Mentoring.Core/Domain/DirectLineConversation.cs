namespace Mentoring.Core.Domain;

/// <summary>
/// A conversation on the self-hosted Direct Line channel. Each activity added takes the next
/// sequence number under the row's version, so two writers never give out the same one and a
/// poller's watermark never skips an activity committed late.
/// </summary>
public sealed class DirectLineConversation : IVersioned
{
    private DirectLineConversation()
    {
    }

    public DirectLineConversation(string id, DateTimeOffset createdAt)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        Id = id;
        CreatedAt = createdAt;
    }

    public string Id { get; private set; } = string.Empty;

    public long LastSequence { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public long Version { get; private set; }

    public long NextSequence() => ++LastSequence;
}
