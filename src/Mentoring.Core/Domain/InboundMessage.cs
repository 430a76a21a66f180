namespace Mentoring.Core.Domain;

/// <summary>
/// A message already taken in, by the id its channel gave it (Twilio's MessageSid, the
/// activity id). Twilio and the Bot Connector both retry; the unique index on
/// (channel, message id) makes a retry's turn fail to commit instead of running twice.
/// </summary>
public sealed class InboundMessage
{
    private InboundMessage()
    {
    }

    public InboundMessage(string channelId, string messageId, DateTimeOffset receivedAt)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(channelId);
        ArgumentException.ThrowIfNullOrWhiteSpace(messageId);
        ChannelId = channelId;
        MessageId = messageId;
        ReceivedAt = receivedAt;
    }

    public long Id { get; private set; }

    public string ChannelId { get; private set; } = string.Empty;

    public string MessageId { get; private set; } = string.Empty;

    public DateTimeOffset ReceivedAt { get; private set; }
}
