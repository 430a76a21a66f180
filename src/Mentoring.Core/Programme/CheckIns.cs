using Mentoring.Core.Data;
using Mentoring.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Mentoring.Core.Programme;

/// <summary>
/// Check-ins of active matches: when one is due, both the mentor and the mentee are asked (a
/// check-in each, and a notice the conversations turn into the question), and the next one is
/// scheduled, in one transaction. A match another host prompted first fails its version check.
/// </summary>
public sealed class CheckIns(MentoringDbContext db, TimeProvider time, IOptions<ProgrammeOptions> programme)
{
    public const string CheckInEvent = "mentoring.check-in";

    private const int BatchSize = 200;

    public async Task<int> PromptDueAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var due = await db.Matches
            .Where(m => m.State == MatchState.Active && m.NextCheckInAt != null && m.NextCheckInAt <= now)
            .OrderBy(m => m.NextCheckInAt).Take(BatchSize).ToListAsync(cancellationToken);
        var ids = due.SelectMany(m => new[] { m.MentorId, m.MenteeId }).ToList();
        var active = (await db.People.Where(p => ids.Contains(p.Id) && p.Status == PersonStatus.Active).Select(p => p.Id).ToListAsync(cancellationToken)).ToHashSet();
        foreach (var match in due)
        {
            // Someone on a break is not asked; the match's next check-in is scheduled all the same.
            foreach (var personId in new[] { match.MentorId, match.MenteeId }.Where(active.Contains))
            {
                var checkIn = new CheckIn(Guid.NewGuid(), match.Id, personId, now);
                checkIn.Prompt(now);
                db.CheckIns.Add(checkIn);
                await Notice.AddAsync(db, personId, MessageKind.CheckIn, CheckInEvent, new { checkInId = checkIn.Id }, now, cancellationToken);
            }

            match.ScheduleNextCheckIn(now + TimeSpan.FromDays(programme.Value.CheckInIntervalDays));
        }

        await db.SaveChangesAsync(cancellationToken);
        return due.Count;
    }
}
