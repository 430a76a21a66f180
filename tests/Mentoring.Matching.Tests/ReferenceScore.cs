using System.Numerics;

namespace Mentoring.Matching.Tests;

/// <summary>
/// The hard rules and the score of one pair, written again from the issue and the
/// <see cref="MatchingWeights"/> documentation, straight from the public records and without
/// the library's compiled rows: the independent answer the round is checked against.
/// </summary>
internal static class ReferenceScore
{
    /// <summary>The reasons that make up the pair's score (zero-point parts left out), or null if a hard rule forbids the pair.</summary>
    public static IReadOnlyList<(string Code, int Points)>? Reasons(Mentee mentee, Mentor mentor, MatchingWeights w, RoundInput round)
    {
        if (!KeepsGenderRule(mentee.MentorGender, mentee.Gender, mentor.Gender) || !KeepsGenderRule(mentor.MenteeGender, mentor.Gender, mentee.Gender))
        {
            return null;
        }

        var commonSlots = BitOperations.PopCount((uint)(mentee.Availability & mentor.Availability));
        if (commonSlots == 0 && !(mentee.RemoteOk && mentor.RemoteOk))
        {
            return null;
        }

        var level = mentee.Languages
            .SelectMany(a => mentor.Languages.Where(b => b.Code == a.Code), (a, b) => Math.Min(a.Level, b.Level))
            .Where(l => l >= w.MinimumLanguageLevel)
            .DefaultIfEmpty(0)
            .Max();
        if (level == 0)
        {
            return null;
        }

        var family = round.SectorFamily(mentee.Sector);
        var weeks = Math.Clamp((int)Math.Floor((round.Now - mentee.WaitingSince).TotalDays / 7), 0, w.WaitingWeeksCounted);
        var sameGender = mentee.Gender != Gender.Unspecified && mentee.Gender == mentor.Gender;
        (string Code, int Points)[] parts =
        [
            (Reason.MeetsRules, w.MeetsRules),
            (Reason.SharedLanguage, level * w.LanguagePerLevel),
            mentor.Sectors.Contains(mentee.Sector) ? (Reason.SameSector, w.SameSector)
                : mentor.Sectors.Any(s => round.SectorFamily(s) == family) ? (Reason.RelatedSector, w.RelatedSector)
                : (Reason.SameSector, 0),
            (Reason.GoalOffered, ((mentor.Goals >> mentee.Goal) & 1) == 1 ? w.GoalOffered : 0),
            (Reason.CommonTime, Math.Min(commonSlots, w.CommonTimeSlotsCounted) * w.CommonTimePerSlot),
            (Reason.PreferredGender, sameGender && (mentee.MentorGender == GenderRule.PreferSame || mentor.MenteeGender == GenderRule.PreferSame) ? w.PreferredGender : 0),
            (Reason.SameTown, mentee.Town is not null && mentee.Town == mentor.Town ? w.SameTown : 0),
            (Reason.Waiting, weeks * w.WaitingPerWeek),
        ];
        return [.. parts.Where(p => p.Points != 0)];
    }

    /// <summary>The pair's score, or null if a hard rule forbids it.</summary>
    public static int? Score(Mentee mentee, Mentor mentor, MatchingWeights w, RoundInput round) =>
        Reasons(mentee, mentor, w, round)?.Sum(r => r.Points);

    /// <summary>What a mentor's k-th new mentee (k from 0) costs: the penalty for every mentee it then has.</summary>
    public static int LoadCharge(Mentor mentor, int k, MatchingWeights w) => w.LoadPenalty * (mentor.Load + k);

    /// <summary>Unspecified never satisfies RequireSame, on either side.</summary>
    private static bool KeepsGenderRule(GenderRule rule, Gender own, Gender other) =>
        rule != GenderRule.RequireSame || (own != Gender.Unspecified && own == other);
}
