using Mentoring.Core.Data;
using Mentoring.Core.Domain;
using Microsoft.EntityFrameworkCore;

namespace Mentoring.Core.Programme;

/// <summary>
/// One side ends an active match ("end my match", "I want a new mentor"): the match ends with
/// their reason, the other side is told (a notice their conversation turns into words and the
/// survey), and the mentee's place in the waiting list follows what they want. The person who
/// ended it answers the end survey in the same conversation, so the job does not ask it again.
/// </summary>
public sealed class MatchEndings(MentoringDbContext db, TimeProvider time)
{
    public const string EndedEvent = "mentoring.match-ended";

    /// <summary>Why a person ended their match, as the flows store it; the words of "other" are kept apart.</summary>
    public static readonly IReadOnlyList<string> Reasons = ["goal-reached", "no-time", "not-a-fit", "new-mentor", "other"];

    /// <summary>The person's active matches, the oldest first (a mentee has at most one; a mentor as many as their capacity).</summary>
    public Task<List<Match>> ActiveMatchesOfAsync(Guid personId, CancellationToken cancellationToken) =>
        db.Matches.Where(m => (m.MentorId == personId || m.MenteeId == personId) && m.State == MatchState.Active)
            .OrderBy(m => m.ActivatedAt).ToListAsync(cancellationToken);

    /// <summary>
    /// Ends <paramref name="match"/> for <paramref name="personId"/>; the caller saves. The mentee
    /// goes back to the waiting list, their wait counting anew; unless they asked for a new mentor,
    /// their conversation then asks whether they want one, and a no takes them out of it.
    /// </summary>
    /// <exception cref="DomainRuleException">The person is not in the match, or it is not active.</exception>
    public async Task EndAsync(Match match, Guid personId, string reason, string? words, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(match);
        if (!Reasons.Contains(reason))
        {
            throw new ArgumentException($"'{reason}' is not a reason to end a match.", nameof(reason));
        }

        if (match.MentorId != personId && match.MenteeId != personId)
        {
            throw new DomainRuleException("Only the mentor or the mentee ends their match.");
        }

        if (match.State != MatchState.Active)
        {
            throw new DomainRuleException("Only an active match can be ended.");
        }

        var now = time.GetUtcNow();
        var byMentee = match.MenteeId == personId;
        match.End(now, string.IsNullOrWhiteSpace(words) ? $"{(byMentee ? "mentee" : "mentor")}: {reason}" : $"{(byMentee ? "mentee" : "mentor")}: {reason}: {words.Trim()}");
        match.MarkSurveyed(FeedbackKind.End, now);
        if (await db.MenteeProfiles.FirstOrDefaultAsync(m => m.PersonId == match.MenteeId, cancellationToken) is { } mentee)
        {
            mentee.ReturnToWaiting(now);
        }

        var other = byMentee ? match.MentorId : match.MenteeId;
        await Notice.AddAsync(db, other, MessageKind.MatchEnded, EndedEvent, new { matchId = match.Id }, now, cancellationToken);
        db.AuditEntries.Add(new AuditEntry(now, "bot", "match.ended", $"Match/{match.Id}", reason));
    }
}
