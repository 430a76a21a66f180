namespace Mentoring.Core.Domain;

/// <summary>
/// Someone the programme talks to: a volunteer mentor, a migrant mentee, or both. Until the
/// person consents to matching, only what is needed to ask for consent is kept (the channel
/// address and the chosen language); every other personal detail is refused.
/// </summary>
public sealed class Person
{
    private readonly List<Consent> consents = [];
    private readonly List<ChannelAddress> channelAddresses = [];

    private Person()
    {
    }

    public Person(Guid id, string preferredLanguage, string timeZone, DateTimeOffset createdAt)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(preferredLanguage);
        Id = id;
        PreferredLanguage = preferredLanguage;
        TimeZone = ValidTimeZone(timeZone);
        CreatedAt = createdAt;
        LastActiveAt = createdAt;
    }

    public Guid Id { get; private set; }

    public string? FirstName { get; private set; }

    public string PreferredLanguage { get; private set; } = string.Empty;

    /// <summary>IANA time zone: quiet hours and check-in times are the person's own.</summary>
    public string TimeZone { get; private set; } = string.Empty;

    public Gender Gender { get; private set; }

    public string? Town { get; private set; }

    public PersonStatus Status { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>The person's last message or action: what the retention period counts from.</summary>
    public DateTimeOffset LastActiveAt { get; private set; }

    public DateTimeOffset? ErasedAt { get; private set; }

    public IReadOnlyList<Consent> Consents => consents;

    public IReadOnlyList<ChannelAddress> ChannelAddresses => channelAddresses;

    public MentorProfile? MentorProfile { get; private set; }

    public MenteeProfile? MenteeProfile { get; private set; }

    /// <summary>The person's latest answer for the purpose counts; no answer is a no.</summary>
    public bool HasConsent(ConsentPurpose purpose) =>
        consents.Where(c => c.Purpose == purpose).MaxBy(c => c.At)?.Granted ?? false;

    public void RecordConsent(Consent consent)
    {
        ArgumentNullException.ThrowIfNull(consent);
        RequireNotErased();
        consents.Add(consent);
    }

    /// <summary>Allowed before consent: without an address the question cannot even be asked.</summary>
    public ChannelAddress AddChannelAddress(ChannelAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        RequireNotErased();
        if (channelAddresses.Any(a => a.ChannelId == address.ChannelId && a.Address == address.Address))
        {
            throw new DomainRuleException("This person already has that channel address.");
        }

        channelAddresses.Add(address);
        return address;
    }

    /// <summary>Allowed before consent: the consent text must be shown in the person's language.</summary>
    public void ChangeLanguage(string language)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(language);
        RequireNotErased();
        PreferredLanguage = language;
    }

    public void ChangeTimeZone(string timeZone)
    {
        RequireNotErased();
        TimeZone = ValidTimeZone(timeZone);
    }

    public void Describe(string firstName, Gender gender, string? town)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(firstName);
        RequireConsentToMatching();
        FirstName = firstName.Trim();
        Gender = gender;
        Town = string.IsNullOrWhiteSpace(town) ? null : town.Trim();
    }

    public MentorProfile BecomeMentor(MentorProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        RequireConsentToMatching();
        if (MentorProfile is not null)
        {
            throw new DomainRuleException("This person is already a mentor.");
        }

        MentorProfile = profile;
        return profile;
    }

    public MenteeProfile BecomeMentee(MenteeProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        RequireConsentToMatching();
        if (MenteeProfile is not null)
        {
            throw new DomainRuleException("This person is already a mentee.");
        }

        MenteeProfile = profile;
        return profile;
    }

    public void Touch(DateTimeOffset at)
    {
        RequireNotErased();
        LastActiveAt = at > LastActiveAt ? at : LastActiveAt;
    }

    public void Pause()
    {
        RequireNotErased();
        Status = PersonStatus.Paused;
    }

    public void Resume()
    {
        RequireNotErased();
        Status = PersonStatus.Active;
    }

    /// <summary>
    /// "Delete my data": every personal detail goes, the row stays as an anonymous count (so
    /// reports keep adding up). Consent answers stay as evidence; they hold nothing personal.
    /// Matches, messages and free text elsewhere are erased by the caller in the same transaction.
    /// </summary>
    public void Erase(DateTimeOffset at)
    {
        if (Status == PersonStatus.Erased)
        {
            return;
        }

        FirstName = null;
        Town = null;
        Gender = Gender.Unspecified;
        channelAddresses.Clear();
        MentorProfile?.EraseFreeText();
        MenteeProfile?.EraseFreeText();
        Status = PersonStatus.Erased;
        ErasedAt = at;
    }

    private void RequireConsentToMatching()
    {
        RequireNotErased();
        if (!HasConsent(ConsentPurpose.Matching))
        {
            throw new DomainRuleException("Nothing about a person is stored before they consent to matching.");
        }
    }

    private void RequireNotErased()
    {
        if (Status == PersonStatus.Erased)
        {
            throw new DomainRuleException("This person's data was erased.");
        }
    }

    private static string ValidTimeZone(string timeZone)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(timeZone);
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(timeZone, out _))
        {
            throw new DomainRuleException($"'{timeZone}' is not a known time zone.");
        }

        return timeZone;
    }
}
