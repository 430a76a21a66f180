namespace Mentoring.Core.Domain;

/// <summary>Where a person can be reached: one channel and the person's address on it.</summary>
public sealed class ChannelAddress
{
    public static readonly TimeSpan WhatsAppWindow = TimeSpan.FromHours(24);

    /// <summary>
    /// How fine <see cref="LastInboundAt"/> is kept: a person answering question after question
    /// would otherwise rewrite it on every message. Every use is a period of hours or months (the
    /// WhatsApp window, retention), and the value is never later than the truth, so the window is
    /// at worst taken to close a minute early.
    /// </summary>
    public static readonly TimeSpan InboundPrecision = TimeSpan.FromMinutes(1);

    private ChannelAddress()
    {
    }

    public ChannelAddress(Guid id, string channelId, string address)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(channelId);
        ArgumentException.ThrowIfNullOrWhiteSpace(address);
        if (Channels.IsPhone(channelId) && !PhoneNumber.IsE164(address))
        {
            throw new DomainRuleException($"A {channelId} address must be a phone number in E.164 form.");
        }

        Id = id;
        ChannelId = channelId;
        Address = address;
    }

    public Guid Id { get; private set; }

    public Guid PersonId { get; private set; }

    public string ChannelId { get; private set; } = string.Empty;

    /// <summary>E.164 for SMS and WhatsApp; the channel's user id elsewhere.</summary>
    public string Address { get; private set; } = string.Empty;

    /// <summary>
    /// The Bot Framework conversation reference from the person's last message, as JSON: what a
    /// proactive message needs to reach them. Opaque to the programme.
    /// </summary>
    public string? ConversationReference { get; private set; }

    /// <summary>When the person last wrote on this channel: opens WhatsApp's 24-hour window.</summary>
    public DateTimeOffset? LastInboundAt { get; private set; }

    public DateTimeOffset? OptedOutAt { get; private set; }

    public bool IsOptedOut => OptedOutAt is not null;

    public void RecordInbound(DateTimeOffset at, string? conversationReference)
    {
        if (conversationReference is null && LastInboundAt is { } last && at >= last && at - last < InboundPrecision)
        {
            return;
        }

        LastInboundAt = at;
        ConversationReference = conversationReference ?? ConversationReference;
    }

    /// <summary>Only free text inside the window; outside it WhatsApp takes approved templates only.</summary>
    public bool IsWhatsAppWindowOpen(DateTimeOffset now) =>
        ChannelId == Channels.WhatsApp && LastInboundAt is { } last && now - last < WhatsAppWindow;

    public void OptOut(DateTimeOffset at) => OptedOutAt ??= at;

    public void OptIn() => OptedOutAt = null;
}
