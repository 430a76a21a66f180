using Mentoring.Core.Data;
using Mentoring.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Mentoring.Core.Programme;

/// <summary>
/// The feedback survey: both sides of a match are asked after its first month
/// (<see cref="ProgrammeOptions.FirstSurveyAfterDays"/>) and when it ends (a rating from 1 to 5,
/// the outcome so far, a comment). A match ended in a conversation asks there; one ended another
/// way (by a coordinator) is asked by the job. Each survey goes out once per match.
/// </summary>
public sealed class Surveys(MentoringDbContext db, TimeProvider time, IOptions<ProgrammeOptions> programme)
{
    public const string SurveyEvent = "mentoring.survey";

    /// <summary>How the event and the flows name the kinds.</summary>
    public const string FirstMonth = "first-month";
    public const string End = "end";

    /// <summary>
    /// A survey not asked within this long after it was due (a match that ended, or passed its first
    /// month, before the service ran the job) is not asked any more: "how was your first month" a
    /// year on would mean nothing.
    /// </summary>
    public static readonly TimeSpan AskWithin = TimeSpan.FromDays(30);

    private const int BatchSize = 200;

    public static string NameOf(FeedbackKind kind) => kind == FeedbackKind.End ? End : FirstMonth;

    public static FeedbackKind? KindNamed(string? name) => name switch
    {
        FirstMonth => FeedbackKind.FirstMonth,
        End => FeedbackKind.End,
        _ => null,
    };

    /// <summary>Writes the surveys that are due, in one batch; the number of matches asked.</summary>
    public async Task<int> RequestDueAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var firstAfter = now - TimeSpan.FromDays(programme.Value.FirstSurveyAfterDays);
        var firstSince = firstAfter - AskWithin;
        var endedSince = now - AskWithin;
        var due = await db.Matches
            .Where(m => (m.State == MatchState.Active && m.FirstSurveyAt == null && m.ActivatedAt != null && m.ActivatedAt <= firstAfter && m.ActivatedAt >= firstSince)
                || (m.State == MatchState.Ended && m.EndSurveyAt == null && m.ClosedAt >= endedSince))
            .OrderBy(m => m.ActivatedAt).Take(BatchSize).ToListAsync(cancellationToken);
        var ids = due.SelectMany(m => new[] { m.MentorId, m.MenteeId }).ToList();
        var active = (await db.People.Where(p => ids.Contains(p.Id) && p.Status == PersonStatus.Active).Select(p => p.Id).ToListAsync(cancellationToken)).ToHashSet();
        foreach (var match in due)
        {
            var kind = match.State == MatchState.Ended ? FeedbackKind.End : FeedbackKind.FirstMonth;
            match.MarkSurveyed(kind, now);

            // Someone on a break, or who left, is not asked.
            foreach (var personId in new[] { match.MentorId, match.MenteeId }.Where(active.Contains))
            {
                await Notice.AddAsync(db, personId, MessageKind.Survey, SurveyEvent, new { matchId = match.Id, kind = NameOf(kind) }, now, cancellationToken);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return due.Count;
    }

    /// <summary>Whether this person still has this survey of this match to answer.</summary>
    public async Task<bool> IsOpenAsync(Guid matchId, Guid personId, FeedbackKind kind, CancellationToken cancellationToken) =>
        await db.Matches.AnyAsync(m => m.Id == matchId && (m.MentorId == personId || m.MenteeId == personId), cancellationToken)
        && !await db.Feedback.AnyAsync(f => f.MatchId == matchId && f.PersonId == personId && f.Kind == kind, cancellationToken);

    /// <summary>Stores an answer; the caller saves. False when this survey was answered already.</summary>
    public async Task<bool> AnswerAsync(Guid matchId, Guid personId, FeedbackKind kind, int rating, FeedbackOutcome outcome, string? comment, CancellationToken cancellationToken)
    {
        if (!await IsOpenAsync(matchId, personId, kind, cancellationToken))
        {
            return false;
        }

        db.Feedback.Add(new Feedback(Guid.NewGuid(), matchId, personId, kind, rating, outcome, comment, time.GetUtcNow()));
        return true;
    }
}
