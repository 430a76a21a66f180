using Mentoring.Core.Data;
using Mentoring.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Mentoring.Core.Programme;

/// <summary>
/// What happens to a proposal after a round: the mentor accepts or declines, the mentee confirms
/// or declines, a coordinator approves or cancels, or time runs out. Each step changes the match
/// and the mentee's place in the waiting list, and writes the messages it causes, in one
/// transaction. A declined or expired pair is never proposed again; the mentee keeps their wait.
/// </summary>
public sealed class Proposals(MentoringDbContext db, TimeProvider time, IOptions<MatchingOptions> matching, IOptions<ProgrammeOptions> programme)
{
    public const string ProposalEvent = "mentoring.proposal";
    public const string IntroductionEvent = "mentoring.introduction";
    public const string ConfirmedEvent = "mentoring.match-confirmed";

    /// <summary>The mentee said no to a mentor who had accepted: the mentor is told.</summary>
    public const string IntroductionDeclinedEvent = "mentoring.introduction-declined";

    /// <param name="save">False inside a conversation's turn, which commits the change with everything else it does.</param>
    public async Task AcceptAsync(Guid matchId, Guid mentorId, CancellationToken cancellationToken, bool save = true)
    {
        var now = time.GetUtcNow();
        var match = await FindAsync(matchId, m => m.MentorId == mentorId, cancellationToken);
        match.Accept(now);
        await Notice.AddAsync(db, match.MenteeId, MessageKind.Introduction, IntroductionEvent, new { matchId }, now, cancellationToken);
        await SaveAsync(save, cancellationToken);
    }

    /// <summary>The mentor declines a proposal, or the mentee declines an accepted one.</summary>
    public async Task DeclineAsync(Guid matchId, Guid personId, string? reason, CancellationToken cancellationToken, bool save = true)
    {
        var match = await FindAsync(matchId, m => m.MentorId == personId || m.MenteeId == personId, cancellationToken);
        var now = time.GetUtcNow();
        var mentorWaitsForAnAnswer = match.State == MatchState.Accepted && match.MenteeId == personId;
        match.Decline(now, reason);
        await ReturnMenteeAsync(match, cancellationToken);
        if (mentorWaitsForAnAnswer)
        {
            // The mentor was promised an answer when they accepted.
            await Notice.AddAsync(db, match.MentorId, MessageKind.Introduction, IntroductionDeclinedEvent, new { matchId }, now, cancellationToken);
        }

        await SaveAsync(save, cancellationToken);
    }

    public async Task ConfirmAsync(Guid matchId, Guid menteeId, CancellationToken cancellationToken, bool save = true)
    {
        var now = time.GetUtcNow();
        var match = await FindAsync(matchId, m => m.MenteeId == menteeId, cancellationToken);
        match.Confirm(now, TimeSpan.FromDays(programme.Value.CheckInIntervalDays));
        var mentee = await db.MenteeProfiles.SingleAsync(m => m.PersonId == match.MenteeId, cancellationToken);
        mentee.MarkMatched();
        await Notice.AddAsync(db, match.MentorId, MessageKind.Introduction, ConfirmedEvent, new { matchId }, now, cancellationToken);
        await SaveAsync(save, cancellationToken);
    }

    /// <summary>A coordinator lets a proposal go out (programmes that approve proposals first).</summary>
    public async Task ApproveAsync(Guid matchId, string coordinator, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var match = await FindAsync(matchId, _ => true, cancellationToken);
        match.Approve(now, matching.Value.ProposalExpiry);
        await Notice.AddAsync(db, match.MentorId, MessageKind.Proposal, ProposalEvent, new { matchId }, now, cancellationToken);
        db.AuditEntries.Add(new AuditEntry(now, coordinator, "approve-proposal", $"Match/{matchId}"));
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task CancelAsync(Guid matchId, string coordinator, string reason, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var match = await FindAsync(matchId, _ => true, cancellationToken);
        match.Cancel(now, reason);
        await ReturnMenteeAsync(match, cancellationToken);
        db.AuditEntries.Add(new AuditEntry(now, coordinator, "cancel-proposal", $"Match/{matchId}", reason));
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>
    /// Expires every proposal past its time. Safe to run twice or on two hosts at once: it re-reads
    /// the due proposals, and a match another run expired first fails its version check.
    /// </summary>
    public async Task<int> ExpireDueAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var due = await db.Matches
            .Where(m => (m.State == MatchState.Proposed || m.State == MatchState.Accepted) && m.ExpiresAt <= now)
            .OrderBy(m => m.ExpiresAt).Take(500).ToListAsync(cancellationToken);
        foreach (var match in due)
        {
            match.Expire(now);
            await ReturnMenteeAsync(match, cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        return due.Count;
    }

    private async Task SaveAsync(bool save, CancellationToken cancellationToken)
    {
        if (save)
        {
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    private async Task<Match> FindAsync(Guid matchId, Func<Match, bool> belongs, CancellationToken cancellationToken)
    {
        var match = await db.Matches.SingleOrDefaultAsync(m => m.Id == matchId, cancellationToken);
        return match is not null && belongs(match) ? match : throw new DomainRuleException("There is no such proposal for this person.");
    }

    private async Task ReturnMenteeAsync(Match match, CancellationToken cancellationToken)
    {
        var mentee = await db.MenteeProfiles.SingleAsync(m => m.PersonId == match.MenteeId, cancellationToken);
        if (mentee.State == MenteeState.Proposed)
        {
            mentee.ProposalClosed();
        }
    }
}
