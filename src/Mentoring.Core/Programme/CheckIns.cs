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

    /// <summary>The one reminder of a check-in that went unanswered.</summary>
    public const string ReminderEvent = "mentoring.check-in-reminder";

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

    /// <summary>
    /// Check-ins of active matches left unanswered for <see cref="ProgrammeOptions.CheckInReminderDays"/>:
    /// one reminder each; after as long again with no answer, a Silence case asks a coordinator to
    /// get in touch (once per check-in). The number of check-ins handled.
    /// </summary>
    public async Task<int> FollowUpSilenceAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var before = now - TimeSpan.FromDays(programme.Value.CheckInReminderDays);
        var active = db.Matches.Where(m => m.State == MatchState.Active).Select(m => m.Id);
        var toNudge = await db.CheckIns
            .Where(c => c.AnsweredAt == null && c.NudgedAt == null && c.PromptedAt != null && c.PromptedAt <= before && active.Contains(c.MatchId))
            .Where(c => db.People.Any(p => p.Id == c.PersonId && p.Status == PersonStatus.Active))
            .OrderBy(c => c.PromptedAt).Take(BatchSize).ToListAsync(cancellationToken);
        foreach (var checkIn in toNudge.Where(c => c.TryNudge(now)))
        {
            await Notice.AddAsync(db, checkIn.PersonId, MessageKind.Nudge, ReminderEvent, new { checkInId = checkIn.Id }, now, cancellationToken);
        }

        var silent = await db.CheckIns
            .Where(c => c.AnsweredAt == null && c.NudgedAt != null && c.NudgedAt <= before && active.Contains(c.MatchId))
            .Where(c => !db.Cases.Any(k => k.Kind == CaseKind.Silence && k.MatchId == c.MatchId && k.PersonId == c.PersonId && k.OpenedAt >= c.NudgedAt))
            .OrderBy(c => c.NudgedAt).Take(BatchSize).ToListAsync(cancellationToken);
        foreach (var checkIn in silent)
        {
            db.Cases.Add(new Case(
                Guid.NewGuid(), CaseKind.Silence, $"No answer to the check-in of {checkIn.PromptedAt:yyyy-MM-dd} nor to its reminder. Please get in touch.", now, checkIn.MatchId, checkIn.PersonId));
        }

        await db.SaveChangesAsync(cancellationToken);
        return toNudge.Count + silent.Count;
    }
}
