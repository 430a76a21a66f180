namespace Mentoring.Core.Domain;

/// <summary>What a migrant asks for. <see cref="WaitingSince"/> ranks fairness in matching.</summary>
public sealed class MenteeProfile : IVersioned
{
    private List<LanguageSkill> languages = [];

    private MenteeProfile()
    {
    }

    public MenteeProfile(
        string sectorWanted,
        string? previousProfession,
        IEnumerable<LanguageSkill> languages,
        MentoringGoal goal,
        WeeklyAvailability availability,
        GenderPreference mentorGenderPreference,
        bool remoteOk,
        DateTimeOffset waitingSince,
        CodeLists lists)
    {
        Change(sectorWanted, previousProfession, languages, goal, availability, mentorGenderPreference, remoteOk, lists);
        WaitingSince = waitingSince;
    }

    public Guid PersonId { get; private set; }

    public string SectorWanted { get; private set; } = string.Empty;

    public string? PreviousProfession { get; private set; }

    public IReadOnlyList<LanguageSkill> Languages => languages;

    public MentoringGoal Goal { get; private set; }

    public WeeklyAvailability Availability { get; private set; }

    public GenderPreference MentorGenderPreference { get; private set; }

    public bool RemoteOk { get; private set; }

    public MenteeState State { get; private set; }

    public DateTimeOffset WaitingSince { get; private set; }

    public long Version { get; private set; }

    public void Change(
        string sectorWanted,
        string? previousProfession,
        IEnumerable<LanguageSkill> languages,
        MentoringGoal goal,
        WeeklyAvailability availability,
        GenderPreference mentorGenderPreference,
        bool remoteOk,
        CodeLists lists)
    {
        ArgumentNullException.ThrowIfNull(lists);
        if (!lists.IsSector(sectorWanted))
        {
            throw new DomainRuleException($"'{sectorWanted}' is not in the programme's sector list.");
        }

        if (!Enum.IsDefined(goal))
        {
            throw new DomainRuleException("The goal is one of the programme's mentoring goals.");
        }

        if (availability.IsEmpty && !remoteOk)
        {
            throw new DomainRuleException("A mentee without a weekly slot must accept remote meetings.");
        }

        var languageList = LanguageSkills.Validate(languages, lists);

        // Everything is checked above; only now does anything change.
        SectorWanted = sectorWanted;
        PreviousProfession = string.IsNullOrWhiteSpace(previousProfession) ? null : previousProfession.Trim();
        this.languages = languageList;
        Goal = goal;
        Availability = availability;
        MentorGenderPreference = mentorGenderPreference;
        RemoteOk = remoteOk;
    }

    public void MarkProposed()
    {
        RequireState(MenteeState.Waiting);
        State = MenteeState.Proposed;
    }

    /// <summary>The proposal was declined, expired or cancelled: back to the waiting list, the wait counting on.</summary>
    public void ProposalClosed()
    {
        RequireState(MenteeState.Proposed);
        State = MenteeState.Waiting;
    }

    public void MarkMatched()
    {
        RequireState(MenteeState.Proposed);
        State = MenteeState.Matched;
    }

    /// <summary>Back into the waiting list (a match ended, the mentee asked for a new mentor). The wait counts anew.</summary>
    public void ReturnToWaiting(DateTimeOffset at)
    {
        if (State == MenteeState.Waiting)
        {
            return;
        }

        State = MenteeState.Waiting;
        WaitingSince = at;
    }

    public void Withdraw() => State = MenteeState.Withdrawn;

    internal void EraseFreeText() => PreviousProfession = null;

    private void RequireState(MenteeState expected)
    {
        if (State != expected)
        {
            throw new DomainRuleException($"The mentee is {State}, not {expected}.");
        }
    }
}
