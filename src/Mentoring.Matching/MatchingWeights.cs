namespace Mentoring.Matching;

/// <summary>
/// How much each part of a pair's fit is worth, in points (configuration section
/// <c>Matching:Weights</c>). The defaults make "having a mentor at all" worth most, then the
/// field of work and a common language, so that a round matches as many people as it can and
/// then matches them well.
/// </summary>
public sealed class MatchingWeights
{
    /// <summary>Every pair that keeps the hard rules: makes matching more people the first aim.</summary>
    public int MeetsRules { get; set; } = 40;

    public int SameSector { get; set; } = 30;

    public int RelatedSector { get; set; } = 15;

    public int GoalOffered { get; set; } = 15;

    /// <summary>Per level of the strongest shared language (1–4), both sides' lower level.</summary>
    public int LanguagePerLevel { get; set; } = 5;

    /// <summary>Per common weekly slot, up to <see cref="CommonTimeSlotsCounted"/> slots.</summary>
    public int CommonTimePerSlot { get; set; } = 5;

    public int CommonTimeSlotsCounted { get; set; } = 3;

    public int PreferredGender { get; set; } = 10;

    public int SameTown { get; set; } = 5;

    /// <summary>Per full week waited, up to <see cref="WaitingWeeksCounted"/> weeks: the longer the wait, the higher the rank.</summary>
    public int WaitingPerWeek { get; set; } = 1;

    public int WaitingWeeksCounted { get; set; } = 20;

    /// <summary>Taken off for each mentee a mentor already has (or is given in this round): spreads mentees over mentors.</summary>
    public int LoadPenalty { get; set; } = 4;

    /// <summary>The lowest level at which a shared language counts (2 = conversational).</summary>
    public int MinimumLanguageLevel { get; set; } = 2;
}
