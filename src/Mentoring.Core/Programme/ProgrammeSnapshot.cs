using Mentoring.Core.Data;
using Mentoring.Core.Domain;
using Mentoring.Matching;
using Microsoft.EntityFrameworkCore;
using MatchingGender = Mentoring.Matching.Gender;

namespace Mentoring.Core.Programme;

/// <summary>
/// Reads what a matching round decides on from the database, read-only: the waiting list, the
/// mentors who may receive proposals with their current load, and the pairs never to propose
/// again. Only people who are active and whose latest answer to the matching consent is yes.
/// </summary>
internal static class ProgrammeSnapshot
{
    public static async Task<RoundInput> ReadAsync(MentoringDbContext db, CodeLists lists, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var people = db.People.Where(p => p.Status == PersonStatus.Active
            && p.Consents.Where(c => c.Purpose == ConsentPurpose.Matching).OrderByDescending(c => c.At).Select(c => c.Granted).FirstOrDefault());

        var mentees = await db.MenteeProfiles.AsNoTracking()
            .Where(m => m.State == MenteeState.Waiting)
            .Join(people, m => m.PersonId, p => p.Id, (m, p) => new { Profile = m, p.Gender, p.Town })
            .ToListAsync(cancellationToken);
        var mentors = await db.MentorProfiles.AsNoTracking()
            .Where(m => m.Vetting == VettingState.Approved && m.InductionCompletedAt != null)
            .Join(people, m => m.PersonId, p => p.Id, (m, p) => new { Profile = m, p.Gender, p.Town })
            .ToListAsync(cancellationToken);
        var load = await db.Matches.Where(m => Match.OpenStates.Contains(m.State))
            .GroupBy(m => m.MentorId).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var excluded = (await db.Matches.Where(m => Match.ExcludingStates.Contains(m.State))
            .Select(m => new { m.MentorId, m.MenteeId }).ToListAsync(cancellationToken))
            .Select(p => (p.MentorId, p.MenteeId)).ToHashSet();

        // Someone who is both mentor and mentee is never proposed to themselves.
        var both = mentors.Select(m => m.Profile.PersonId).Intersect(mentees.Select(m => m.Profile.PersonId));
        excluded.UnionWith(both.Select(id => (id, id)));

        return new RoundInput(
            [.. mentees.Select(m => new Mentee(
                m.Profile.PersonId, Spoken(m.Profile.Languages), Map(m.Gender), Map(m.Profile.MentorGenderPreference),
                m.Profile.Availability.Mask, m.Profile.RemoteOk, m.Profile.SectorWanted, (int)m.Profile.Goal, m.Town, m.Profile.WaitingSince))],
            [.. mentors.Select(m => new Mentor(
                m.Profile.PersonId, Spoken(m.Profile.Languages), Map(m.Gender), Map(m.Profile.MenteeGenderPreference),
                m.Profile.Availability.Mask, m.Profile.RemoteOk, m.Profile.Sectors, m.Profile.GoalsOffered.Aggregate(0, (mask, g) => mask | (1 << (int)g)),
                m.Town, m.Profile.Capacity, load.GetValueOrDefault(m.Profile.PersonId)))],
            excluded,
            lists.SectorFamily,
            now);
    }

    private static Spoken[] Spoken(IEnumerable<LanguageSkill> languages) => [.. languages.Select(l => new Spoken(l.Code, (int)l.Level))];

    private static MatchingGender Map(Domain.Gender gender) => gender switch
    {
        Domain.Gender.Woman => MatchingGender.Woman,
        Domain.Gender.Man => MatchingGender.Man,
        Domain.Gender.NonBinary => MatchingGender.NonBinary,
        _ => MatchingGender.Unspecified,
    };

    private static GenderRule Map(GenderPreference preference) => preference switch
    {
        GenderPreference.PreferSame => GenderRule.PreferSame,
        GenderPreference.RequireSame => GenderRule.RequireSame,
        _ => GenderRule.None,
    };
}
