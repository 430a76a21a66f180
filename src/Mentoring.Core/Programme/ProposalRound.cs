using Mentoring.Core.Data;
using Mentoring.Core.Domain;
using Mentoring.Matching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Mentoring.Core.Programme;

/// <summary>
/// One matching round over the stored programme: read the waiting list and the mentors, find the
/// best assignment, and store it as proposals (with their reasons) and the messages that announce
/// them, in one transaction.
/// </summary>
public sealed class ProposalRound(
    MentoringDbContext db,
    CodeLists lists,
    TimeProvider time,
    IOptions<MatchingOptions> options,
    ILogger<ProposalRound> logger)
{
    public const string Actor = "matching-round";

    public async Task<RoundSummary> RunAsync(CancellationToken cancellationToken)
    {
        var plan = await PlanAsync(cancellationToken);
        return await CommitAsync(plan, cancellationToken);
    }

    /// <summary>Reads and solves; changes nothing.</summary>
    public async Task<RoundPlan> PlanAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var input = await ProgrammeSnapshot.ReadAsync(db, lists, now, cancellationToken);
        var result = new MatchingRound(options.Value.Round).Propose(input);
        return new RoundPlan(now, input.Mentees.Count, result);
    }

    /// <summary>
    /// Stores the plan's proposals. Each one re-checks, inside this unit of work, that the mentee
    /// still waits and the mentor still has room, and records the proposal on both profiles:
    /// that bumps their versions, so if another round (on this host or another) committed
    /// proposals for the same people since this one read them, this commit fails as a whole and
    /// no mentor is ever proposed beyond capacity. The job simply runs again.
    /// </summary>
    public async Task<RoundSummary> CommitAsync(RoundPlan plan, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var proposals = plan.Result.Proposals;
        var mentorIds = proposals.Select(p => p.MentorId).Distinct().ToList();
        var menteeIds = proposals.Select(p => p.MenteeId).ToList();
        var mentors = await db.MentorProfiles.Where(m => mentorIds.Contains(m.PersonId)).ToDictionaryAsync(m => m.PersonId, cancellationToken);
        var mentees = await db.MenteeProfiles.Where(m => menteeIds.Contains(m.PersonId)).ToDictionaryAsync(m => m.PersonId, cancellationToken);
        var open = await db.Matches.Where(m => mentorIds.Contains(m.MentorId) && Match.OpenStates.Contains(m.State))
            .GroupBy(m => m.MentorId).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);

        var settings = options.Value;
        var made = 0;
        foreach (var proposal in proposals)
        {
            var mentor = mentors[proposal.MentorId];
            var mentee = mentees[proposal.MenteeId];
            if (mentee.State != MenteeState.Waiting || !mentor.CanReceiveProposals || open.GetValueOrDefault(mentor.PersonId) >= mentor.Capacity)
            {
                continue; // changed since the plan was read: the next round takes it into account
            }

            var match = new Match(
                Guid.NewGuid(), mentor.PersonId, mentee.PersonId, proposal.Score,
                proposal.Reasons.Select(r => new MatchReason(r.Code, r.Points, r.Detail)),
                plan.Now, plan.Now + settings.ProposalExpiry, awaitingApproval: settings.RequireCoordinatorApproval);
            db.Matches.Add(match);
            mentee.MarkProposed();
            mentor.RecordProposal(plan.Now);
            open[mentor.PersonId] = open.GetValueOrDefault(mentor.PersonId) + 1;
            if (!settings.RequireCoordinatorApproval)
            {
                await Notice.AddAsync(db, mentor.PersonId, MessageKind.Proposal, Proposals.ProposalEvent, new { matchId = match.Id }, plan.Now, cancellationToken);
            }

            made++;
        }

        db.AuditEntries.Add(new AuditEntry(plan.Now, Actor, "round", $"Round/{plan.Now:O}", $"{made} proposed of {plan.Waiting} waiting; {plan.Result.CandidatePairs} candidate pairs"));
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Matching round: {Proposed} proposals for {Waiting} waiting mentees ({Pairs} candidate pairs).", made, plan.Waiting, plan.Result.CandidatePairs);
        return new RoundSummary(plan.Waiting, made, settings.RequireCoordinatorApproval);
    }
}
