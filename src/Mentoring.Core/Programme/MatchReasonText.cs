using System.Globalization;
using Mentoring.Core.Domain;
using Mentoring.Matching;

namespace Mentoring.Core.Programme;

/// <summary>
/// A proposal's reasons as a coordinator reads them ("Same sector: healthcare (+30)"). The mentor
/// is told in their own language by the conversations, from the same codes.
/// </summary>
public static class MatchReasonText
{
    private static readonly Dictionary<string, string> Labels = new(StringComparer.Ordinal)
    {
        [Reason.MeetsRules] = "Meets every rule",
        [Reason.SameSector] = "Same sector",
        [Reason.RelatedSector] = "Related sector",
        [Reason.GoalOffered] = "Mentor offers the goal",
        [Reason.SharedLanguage] = "Shared language",
        [Reason.CommonTime] = "Common weekly slots",
        [Reason.PreferredGender] = "Preferred gender",
        [Reason.SameTown] = "Same town or area",
        [Reason.Waiting] = "Weeks waiting",
        [Reason.MentorLoad] = "Mentees the mentor already has",
    };

    public static string Describe(MatchReason reason)
    {
        ArgumentNullException.ThrowIfNull(reason);
        var label = Labels.GetValueOrDefault(reason.Code, reason.Code);
        var detail = string.IsNullOrEmpty(reason.Detail) ? string.Empty : $": {reason.Detail}";
        return string.Create(CultureInfo.InvariantCulture, $"{label}{detail} ({reason.Points:+0;-0})");
    }

    public static string Describe(IEnumerable<MatchReason> reasons) => string.Join("; ", reasons.Select(Describe));
}
