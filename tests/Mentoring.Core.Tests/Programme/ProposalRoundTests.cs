using Mentoring.Core.Data;
using Mentoring.Core.Domain;
using Mentoring.Core.Programme;
using Mentoring.Core.Tests.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Mentoring.Core.Tests.Programme;

/// <summary>
/// Rounds and the proposal lifecycle over a real database, written once and run on every
/// provider by the subclasses. Each test gets a database of its own: a round reads everything.
/// </summary>
public abstract class ProposalRoundTests
{
    private readonly FakeTimeProvider time = new(TestPeople.Now);

    protected abstract TestDatabase NewDatabase();

    [Fact]
    public async Task Round_ProposesTheEligiblePair_WithReasonsAndANoticeToTheMentor()
    {
        await using var database = NewDatabase();
        var (mentor, mentee) = (TestPeople.Mentor(), TestPeople.Mentee());
        await SaveAsync(database, mentor, mentee);

        var summary = await RunRoundAsync(database);

        await using var db = await database.NewContextAsync();
        var match = await db.Matches.SingleAsync();
        Assert.Equal((1, 1), (summary.Waiting, summary.Proposed));
        Assert.Equal((MatchState.Proposed, mentor.Id, mentee.Id), (match.State, match.MentorId, match.MenteeId));
        Assert.Equal(TestPeople.Now.AddHours(72), match.ExpiresAt);
        Assert.Equal(match.Score, match.Reasons.Sum(r => r.Points));
        Assert.Contains(match.Reasons, r => r is { Code: "same-sector", Detail: "healthcare" });
        Assert.Contains(match.Reasons, r => r is { Code: "shared-language", Detail: "ar" });
        Assert.Equal(MenteeState.Proposed, (await db.MenteeProfiles.SingleAsync()).State);
        var notice = await db.Outbox.SingleAsync();
        Assert.Equal((MessageKind.Proposal, mentor.Id, Channels.WebChat), (notice.Kind, notice.PersonId, notice.ChannelId));
        Assert.Contains(match.Id.ToString(), notice.Payload, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Round_NeverProposesBeyondCapacity_WhenTwoRoundsCommitTheSamePlan()
    {
        await using var database = NewDatabase();
        var mentor = TestPeople.Mentor(capacity: 1);
        await SaveAsync(database, mentor, TestPeople.Mentee(), TestPeople.Mentee());

        // Two hosts plan the same round from the same data; the second commits after the first.
        await using var hostA = await database.NewContextAsync();
        await using var hostB = await database.NewContextAsync();
        var (roundA, roundB) = (Round(hostA), Round(hostB));
        var (planA, planB) = (await roundA.PlanAsync(CancellationToken.None), await roundB.PlanAsync(CancellationToken.None));
        Assert.Equal((1, 1), (planA.Result.Proposals.Count, planB.Result.Proposals.Count));
        await roundA.CommitAsync(planA, CancellationToken.None);
        var late = await roundB.CommitAsync(planB, CancellationToken.None);

        Assert.Equal(0, late.Proposed);
        await using var db = await database.NewContextAsync();
        Assert.Equal(1, await db.Matches.CountAsync(m => m.MentorId == mentor.Id));
        Assert.Equal(1, await db.Outbox.CountAsync());
    }

    [Fact]
    public async Task Rounds_RunningAtOnce_NeverExceedCapacityOrProposeAMenteeTwice()
    {
        await using var database = NewDatabase();
        var mentors = Enumerable.Range(0, 3).Select(_ => TestPeople.Mentor(capacity: 1)).ToArray();
        var mentees = Enumerable.Range(0, 6).Select(_ => TestPeople.Mentee()).ToArray();
        await SaveAsync(database, [.. mentors, .. mentees]);

        var rounds = Enumerable.Range(0, 6).Select(async _ =>
        {
            await using var db = await database.NewContextAsync();
            try
            {
                await Round(db).RunAsync(CancellationToken.None);
            }
            catch (DbUpdateConcurrencyException)
            {
                // The loser of a race: its job would run again.
            }
        });
        await Task.WhenAll(rounds);

        await using var check = await database.NewContextAsync();
        var open = await check.Matches.Where(m => m.State == MatchState.Proposed).ToListAsync();
        Assert.Equal(3, open.Count);
        Assert.All(open.GroupBy(m => m.MentorId), g => Assert.Single(g));
        Assert.All(open.GroupBy(m => m.MenteeId), g => Assert.Single(g));
    }

    [Fact]
    public async Task RecordProposal_FailsTheSecondWriter_WhenTwoRoundsReadTheSameMentor()
    {
        await using var database = NewDatabase();
        var mentor = TestPeople.Mentor();
        await SaveAsync(database, mentor);

        await using var hostA = await database.NewContextAsync();
        await using var hostB = await database.NewContextAsync();
        (await hostA.MentorProfiles.SingleAsync()).RecordProposal(TestPeople.Now);
        (await hostB.MentorProfiles.SingleAsync()).RecordProposal(TestPeople.Now);
        await hostA.SaveChangesAsync();

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => hostB.SaveChangesAsync());
    }

    [Fact]
    public async Task Round_SkipsAMentorWhoseRoomWasTaken_WhenALaterRoundRereads()
    {
        await using var database = NewDatabase();
        var mentor = TestPeople.Mentor(capacity: 1);
        await SaveAsync(database, mentor, TestPeople.Mentee(), TestPeople.Mentee());

        await RunRoundAsync(database);
        var second = await RunRoundAsync(database);

        Assert.Equal((1, 0), (second.Waiting, second.Proposed));
    }

    [Fact]
    public async Task Decline_ReturnsTheMenteeWithTheirWait_AndThePairIsNeverProposedAgain()
    {
        await using var database = NewDatabase();
        var (mentor, mentee) = (TestPeople.Mentor(), TestPeople.Mentee());
        await SaveAsync(database, mentor, mentee);
        await RunRoundAsync(database);
        var matchId = await SingleMatchIdAsync(database);

        await using (var db = await database.NewContextAsync())
        {
            await Lifecycle(db).DeclineAsync(matchId, mentor.Id, "no time this month", CancellationToken.None);
        }

        var again = await RunRoundAsync(database);
        await using var check = await database.NewContextAsync();
        var profile = await check.MenteeProfiles.SingleAsync();
        Assert.Equal((MenteeState.Waiting, mentee.MenteeProfile!.WaitingSince), (profile.State, profile.WaitingSince));
        Assert.Equal((1, 0), (again.Waiting, again.Proposed));
        Assert.Equal(MatchState.Declined, (await check.Matches.SingleAsync()).State);
    }

    [Fact]
    public async Task ExpireDue_ExpiresUnansweredProposals_AndThePairIsNeverProposedAgain()
    {
        await using var database = NewDatabase();
        await SaveAsync(database, TestPeople.Mentor(), TestPeople.Mentee());
        await RunRoundAsync(database);

        time.Advance(TimeSpan.FromHours(71));
        Assert.Equal(0, await ExpireAsync(database));
        time.Advance(TimeSpan.FromHours(1));
        Assert.Equal(1, await ExpireAsync(database));

        Assert.Equal(0, (await RunRoundAsync(database)).Proposed);
        await using var db = await database.NewContextAsync();
        Assert.Equal(MatchState.Expired, (await db.Matches.SingleAsync()).State);
        Assert.Equal(MenteeState.Waiting, (await db.MenteeProfiles.SingleAsync()).State);
    }

    [Fact]
    public async Task AcceptThenConfirm_MakesTheMatchActive_AndIntroducesBothSides()
    {
        await using var database = NewDatabase();
        var (mentor, mentee) = (TestPeople.Mentor(), TestPeople.Mentee());
        await SaveAsync(database, mentor, mentee);
        await RunRoundAsync(database);
        var matchId = await SingleMatchIdAsync(database);

        await using (var db = await database.NewContextAsync())
        {
            await Lifecycle(db).AcceptAsync(matchId, mentor.Id, CancellationToken.None);
        }

        await using (var db = await database.NewContextAsync())
        {
            await Assert.ThrowsAsync<DomainRuleException>(() => Lifecycle(db).ConfirmAsync(matchId, mentor.Id, CancellationToken.None));
            await Lifecycle(db).ConfirmAsync(matchId, mentee.Id, CancellationToken.None);
        }

        await using var check = await database.NewContextAsync();
        var match = await check.Matches.SingleAsync();
        Assert.Equal((MatchState.Active, TestPeople.Now.AddDays(14)), (match.State, match.NextCheckInAt!.Value));
        Assert.Equal(MenteeState.Matched, (await check.MenteeProfiles.SingleAsync()).State);
        var notices = await check.Outbox.OrderBy(o => o.CreatedAt).ThenBy(o => o.Kind).Select(o => new { o.PersonId, o.Kind }).ToListAsync();
        Assert.Contains(notices, n => n.PersonId == mentee.Id && n.Kind == MessageKind.Introduction);
        Assert.Contains(notices, n => n.PersonId == mentor.Id && n.Kind == MessageKind.Introduction);
    }

    [Fact]
    public async Task CoordinatorApproval_HoldsProposalsUntilApproved()
    {
        await using var database = NewDatabase();
        var mentor = TestPeople.Mentor();
        await SaveAsync(database, mentor, TestPeople.Mentee());

        await RunRoundAsync(database, requireApproval: true);
        var matchId = await SingleMatchIdAsync(database);
        await using (var db = await database.NewContextAsync())
        {
            Assert.Equal(MatchState.AwaitingApproval, (await db.Matches.SingleAsync()).State);
            Assert.False(await db.Outbox.AnyAsync());
            time.Advance(TimeSpan.FromDays(4));
            await Lifecycle(db).ApproveAsync(matchId, "coordinator@test", CancellationToken.None);
        }

        await using var check = await database.NewContextAsync();
        var match = await check.Matches.SingleAsync();
        Assert.Equal((MatchState.Proposed, time.GetUtcNow().AddHours(72)), (match.State, match.ExpiresAt));
        Assert.Equal(mentor.Id, (await check.Outbox.SingleAsync()).PersonId);
        Assert.True(await check.AuditEntries.AnyAsync(a => a.Actor == "coordinator@test" && a.Action == "approve-proposal"));
    }

    [Fact]
    public async Task Round_LeavesOutPausedPeopleUnvettedMentorsAndWithdrawnConsent()
    {
        await using var database = NewDatabase();
        var paused = TestPeople.Mentor();
        paused.Pause();
        var withdrawn = TestPeople.Mentee();
        withdrawn.RecordConsent(new Consent(ConsentPurpose.Matching, false, "2026-11", "ar", Channels.WhatsApp, TestPeople.Now.AddMinutes(1)));
        await SaveAsync(database, paused, withdrawn, TestPeople.Mentee());

        var summary = await RunRoundAsync(database);

        Assert.Equal((1, 0), (summary.Waiting, summary.Proposed));
    }

    private ProposalRound Round(MentoringDbContext db, bool requireApproval = false) =>
        new(db, TestCodeLists.Real, time, Options.Create(new MatchingOptions { RequireCoordinatorApproval = requireApproval }), NullLogger<ProposalRound>.Instance);

    private Proposals Lifecycle(MentoringDbContext db) =>
        new(db, time, Options.Create(new MatchingOptions()), Options.Create(new ProgrammeOptions()));

    private async Task<RoundSummary> RunRoundAsync(TestDatabase database, bool requireApproval = false)
    {
        await using var db = await database.NewContextAsync();
        return await Round(db, requireApproval).RunAsync(CancellationToken.None);
    }

    private async Task<int> ExpireAsync(TestDatabase database)
    {
        await using var db = await database.NewContextAsync();
        return await Lifecycle(db).ExpireDueAsync(CancellationToken.None);
    }

    private static async Task<Guid> SingleMatchIdAsync(TestDatabase database)
    {
        await using var db = await database.NewContextAsync();
        return (await db.Matches.SingleAsync()).Id;
    }

    private static async Task SaveAsync(TestDatabase database, params object[] entities)
    {
        await using var db = await database.NewContextAsync();
        db.AddRange(entities);
        await db.SaveChangesAsync();
    }
}
