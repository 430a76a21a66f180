using System.Numerics;

namespace Mentoring.Matching;

/// <summary>
/// The hard rules and the score of one pair, in one place: the hot loop asks for the number
/// only, the final proposals for the reasons too, and both come from the same arithmetic.
/// </summary>
internal static class PairScore
{
    public const int NotAllowed = -1;

    /// <summary>The pair's score, or <see cref="NotAllowed"/> if a hard rule forbids it.</summary>
    public static int Evaluate(MenteeRow mentee, MentorRow mentor, MatchingWeights w, List<Reason>? reasons = null, string[]? codes = null)
    {
        if (!GenderAllows(mentee.Rule, mentee.Gender, mentor.Gender) || !GenderAllows(mentor.Rule, mentor.Gender, mentee.Gender))
        {
            return NotAllowed;
        }

        var overlap = BitOperations.PopCount((uint)(mentee.Availability & mentor.Availability));
        if (overlap == 0 && !(mentee.RemoteOk && mentor.RemoteOk))
        {
            return NotAllowed;
        }

        var (language, level) = StrongestShared(mentee.Languages, mentor.Languages);
        if (level == 0)
        {
            return NotAllowed;
        }

        var score = Add(reasons, Reason.MeetsRules, w.MeetsRules);
        score += Add(reasons, Reason.SharedLanguage, level * w.LanguagePerLevel, Code(codes, language));
        if (Array.IndexOf(mentor.Sectors, mentee.Sector) >= 0)
        {
            score += Add(reasons, Reason.SameSector, w.SameSector, Code(codes, mentee.Sector));
        }
        else if (Array.IndexOf(mentor.Families, mentee.Family) >= 0)
        {
            score += Add(reasons, Reason.RelatedSector, w.RelatedSector, Code(codes, mentee.Sector));
        }

        if ((mentor.Goals & mentee.GoalBit) != 0)
        {
            score += Add(reasons, Reason.GoalOffered, w.GoalOffered);
        }

        if (overlap > 0)
        {
            score += Add(reasons, Reason.CommonTime, Math.Min(overlap, w.CommonTimeSlotsCounted) * w.CommonTimePerSlot, overlap.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        if ((mentee.Rule == GenderRule.PreferSame || mentor.Rule == GenderRule.PreferSame) && mentee.Gender != Gender.Unspecified && mentee.Gender == mentor.Gender)
        {
            score += Add(reasons, Reason.PreferredGender, w.PreferredGender);
        }

        if (mentee.Town >= 0 && mentee.Town == mentor.Town)
        {
            score += Add(reasons, Reason.SameTown, w.SameTown, Code(codes, mentee.Town));
        }

        if (mentee.WaitingWeeks > 0)
        {
            score += Add(reasons, Reason.Waiting, mentee.WaitingWeeks * w.WaitingPerWeek, mentee.WaitingWeeks.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        return score;
    }

    /// <summary>What taking one more mentee costs a mentor who has <paramref name="load"/> already.</summary>
    public static int LoadCost(int load, MatchingWeights w) => load * w.LoadPenalty;

    private static bool GenderAllows(GenderRule rule, Gender own, Gender other) =>
        rule != GenderRule.RequireSame || (own != Gender.Unspecified && own == other);

    /// <summary>The shared language both speak best (the lower of the two levels counts).</summary>
    private static (int Code, int Level) StrongestShared(LanguageRow a, LanguageRow b)
    {
        var (best, bestLevel) = (-1, 0);
        for (var i = 0; i < a.Codes.Length; i++)
        {
            if (a.Levels[i] <= bestLevel)
            {
                break; // strongest first: nothing later can beat what we have
            }

            var j = Array.IndexOf(b.Codes, a.Codes[i]);
            if (j >= 0 && Math.Min(a.Levels[i], b.Levels[j]) > bestLevel)
            {
                (best, bestLevel) = (a.Codes[i], Math.Min(a.Levels[i], b.Levels[j]));
            }
        }

        return (best, bestLevel);
    }

    private static int Add(List<Reason>? reasons, string code, int points, string? detail = null)
    {
        if (points != 0)
        {
            reasons?.Add(new Reason(code, points, detail));
        }

        return points;
    }

    private static string? Code(string[]? codes, int id) => codes is null || id < 0 ? null : codes[id];
}
