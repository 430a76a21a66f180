namespace Mentoring.Core.Domain;

/// <summary>
/// A volunteer's offer. No proposal reaches a mentor who has not finished the induction and been
/// approved by a coordinator.
/// </summary>
public sealed class MentorProfile : IVersioned
{
    public const int MinCapacity = 1;
    public const int MaxCapacity = 5;

    private List<LanguageSkill> languages = [];

    private MentorProfile()
    {
    }

    public MentorProfile(
        IEnumerable<string> sectors,
        IEnumerable<LanguageSkill> languages,
        IEnumerable<MentoringGoal> goalsOffered,
        WeeklyAvailability availability,
        int capacity,
        GenderPreference menteeGenderPreference,
        bool remoteOk,
        CodeLists lists)
    {
        ArgumentNullException.ThrowIfNull(lists);
        Change(sectors, languages, goalsOffered, availability, capacity, menteeGenderPreference, remoteOk, lists);
    }

    public Guid PersonId { get; private set; }

    public List<string> Sectors { get; private set; } = [];

    public IReadOnlyList<LanguageSkill> Languages => languages;

    public List<MentoringGoal> GoalsOffered { get; private set; } = [];

    public WeeklyAvailability Availability { get; private set; }

    /// <summary>How many mentees at once, 1–5: matching never goes beyond it.</summary>
    public int Capacity { get; private set; }

    public GenderPreference MenteeGenderPreference { get; private set; }

    /// <summary>Willing to meet by phone or video, so a missing common slot is no obstacle.</summary>
    public bool RemoteOk { get; private set; }

    public string? Motivation { get; private set; }

    public DateTimeOffset? InductionCompletedAt { get; private set; }

    public VettingState Vetting { get; private set; }

    public DateTimeOffset? VettedAt { get; private set; }

    public string? VettedBy { get; private set; }

    /// <summary>
    /// When a round last proposed a mentee to this mentor. Writing it bumps the version, so two
    /// rounds (or two hosts) that both counted the mentor's free places cannot both commit.
    /// </summary>
    public DateTimeOffset? LastProposedAt { get; private set; }

    public long Version { get; private set; }

    public bool CanReceiveProposals => Vetting == VettingState.Approved && InductionCompletedAt is not null;

    public void Change(
        IEnumerable<string> sectors,
        IEnumerable<LanguageSkill> languages,
        IEnumerable<MentoringGoal> goalsOffered,
        WeeklyAvailability availability,
        int capacity,
        GenderPreference menteeGenderPreference,
        bool remoteOk,
        CodeLists lists)
    {
        ArgumentNullException.ThrowIfNull(lists);
        var sectorList = sectors.Distinct(StringComparer.Ordinal).ToList();
        if (sectorList.Count == 0 || sectorList.Any(s => !lists.IsSector(s)))
        {
            throw new DomainRuleException("A mentor offers at least one sector from the programme's list.");
        }

        var goals = goalsOffered.Distinct().ToList();
        if (goals.Count == 0 || goals.Any(g => !Enum.IsDefined(g)))
        {
            throw new DomainRuleException("A mentor offers at least one mentoring goal.");
        }

        if (capacity is < MinCapacity or > MaxCapacity)
        {
            throw new DomainRuleException($"Capacity is {MinCapacity} to {MaxCapacity} mentees.");
        }

        if (availability.IsEmpty && !remoteOk)
        {
            throw new DomainRuleException("A mentor without a weekly slot must accept remote meetings.");
        }

        var languageList = LanguageSkills.Validate(languages, lists);

        // Everything is checked above; only now does anything change, so a refused change leaves
        // the profile as it was.
        Sectors = sectorList;
        this.languages = languageList;
        GoalsOffered = goals;
        Availability = availability;
        Capacity = capacity;
        MenteeGenderPreference = menteeGenderPreference;
        RemoteOk = remoteOk;
    }

    public void RecordProposal(DateTimeOffset at)
    {
        if (!CanReceiveProposals)
        {
            throw new DomainRuleException("Proposals go only to approved mentors who finished the induction.");
        }

        LastProposedAt = at;
    }

    public void SetMotivation(string? motivation) =>
        Motivation = string.IsNullOrWhiteSpace(motivation) ? null : motivation.Trim();

    public void CompleteInduction(DateTimeOffset at) => InductionCompletedAt ??= at;

    public void Approve(string coordinator, DateTimeOffset at)
    {
        if (InductionCompletedAt is null)
        {
            throw new DomainRuleException("A mentor is approved only after the induction.");
        }

        Vet(VettingState.Approved, coordinator, at);
    }

    public void Reject(string coordinator, DateTimeOffset at) => Vet(VettingState.Rejected, coordinator, at);

    internal void EraseFreeText() => Motivation = null;

    private void Vet(VettingState outcome, string coordinator, DateTimeOffset at)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(coordinator);
        if (Vetting != VettingState.Pending)
        {
            throw new DomainRuleException($"This mentor was already {Vetting.ToString().ToLowerInvariant()}.");
        }

        Vetting = outcome;
        VettedBy = coordinator;
        VettedAt = at;
    }
}
