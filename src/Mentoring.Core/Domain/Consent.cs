namespace Mentoring.Core.Domain;

/// <summary>
/// One answer to one consent question, kept as evidence: which text (version and language) the
/// person saw, where and when they answered. A withdrawal is a later answer with
/// <see cref="Granted"/> false; answers are never changed.
/// </summary>
public sealed class Consent
{
    private Consent()
    {
    }

    public Consent(ConsentPurpose purpose, bool granted, string textVersion, string language, string channelId, DateTimeOffset at)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(textVersion);
        ArgumentException.ThrowIfNullOrWhiteSpace(language);
        ArgumentException.ThrowIfNullOrWhiteSpace(channelId);
        Id = Guid.NewGuid();
        Purpose = purpose;
        Granted = granted;
        TextVersion = textVersion;
        Language = language;
        ChannelId = channelId;
        At = at;
    }

    public Guid Id { get; private set; }

    public Guid PersonId { get; private set; }

    public ConsentPurpose Purpose { get; private set; }

    public bool Granted { get; private set; }

    public string TextVersion { get; private set; } = string.Empty;

    public string Language { get; private set; } = string.Empty;

    public string ChannelId { get; private set; } = string.Empty;

    public DateTimeOffset At { get; private set; }
}
