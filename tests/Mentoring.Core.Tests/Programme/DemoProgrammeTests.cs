using Mentoring.Core.Data;
using Mentoring.Core.Domain;
using Mentoring.Core.Programme;
using Mentoring.Core.Tests.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Mentoring.Core.Tests.Programme;

public sealed class DemoProgrammeTests
{
    private static readonly FakeTimeProvider Time = new(TestPeople.Now);

    [Fact]
    public async Task SeedAsync_LoadsALivingProgramme_WhenTheDatabaseIsEmpty()
    {
        await using var database = new SqliteTestDatabase();
        await using var db = await database.NewContextAsync();

        Assert.True(await Demo(db).SeedAsync(CancellationToken.None));

        var mentors = await db.MentorProfiles.ToListAsync();
        var mentees = await db.MenteeProfiles.ToListAsync();
        Assert.Equal((DemoProgramme.MentorCount, DemoProgramme.MenteeCount), (mentors.Count, mentees.Count));
        var languages = mentors.SelectMany(m => m.Languages).Concat(mentees.SelectMany(m => m.Languages)).Select(l => l.Code).Distinct().Count();
        var sectors = mentors.SelectMany(m => m.Sectors).Concat(mentees.Select(m => m.SectorWanted)).Distinct().Count();
        Assert.Equal(8, languages);
        Assert.Equal(12, sectors);

        var states = await db.Matches.GroupBy(m => m.State).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count);
        Assert.True(states[MatchState.Active] >= 15, "some matched");
        Assert.True(states[MatchState.Proposed] >= 3, "some proposals waiting for an answer");
        Assert.True(mentees.Count(m => m.State == MenteeState.Waiting) >= 60, "most still waiting");
        Assert.Contains(mentors, m => m.Vetting == VettingState.Pending);
        Assert.True(await db.People.AllAsync(p => p.FirstName != null));
    }

    [Fact]
    public async Task SeedAsync_NeverBreaksCapacityOrConsent()
    {
        await using var database = new SqliteTestDatabase();
        await using var db = await database.NewContextAsync();
        await Demo(db).SeedAsync(CancellationToken.None);

        var open = await db.Matches.Where(m => m.State == MatchState.Proposed || m.State == MatchState.Active).ToListAsync();
        var capacity = await db.MentorProfiles.ToDictionaryAsync(m => m.PersonId, m => m);
        foreach (var group in open.GroupBy(m => m.MentorId))
        {
            Assert.True(group.Count() <= capacity[group.Key].Capacity);
            Assert.True(capacity[group.Key].CanReceiveProposals);
        }

        var people = await db.People.Include(p => p.Consents).ToListAsync();
        Assert.All(people, p => Assert.True(p.HasConsent(ConsentPurpose.Matching)));
    }

    [Fact]
    public async Task SeedAsync_DoesNothing_WhenThereArePeopleAlready()
    {
        await using var database = new SqliteTestDatabase();
        await using (var first = await database.NewContextAsync())
        {
            await Demo(first).SeedAsync(CancellationToken.None);
        }

        await using var db = await database.NewContextAsync();
        Assert.False(await Demo(db).SeedAsync(CancellationToken.None));
        Assert.Equal(DemoProgramme.MentorCount + DemoProgramme.MenteeCount, await db.People.CountAsync());
    }

    [Fact]
    public async Task SeedAsync_IsDeterministic()
    {
        static async Task<List<string>> SeedAndReadAsync()
        {
            await using var database = new SqliteTestDatabase();
            await using var db = await database.NewContextAsync();
            await Demo(db).SeedAsync(CancellationToken.None);
            return await db.People.OrderBy(p => p.Id).Select(p => p.Id + p.FirstName + p.Town + p.PreferredLanguage).ToListAsync();
        }

        Assert.Equal(await SeedAndReadAsync(), await SeedAndReadAsync());
    }

    [Fact]
    public async Task MatchingRound_OverTheDemo_ProposesPairsWithReasonsACoordinatorCanRead()
    {
        await using var database = new SqliteTestDatabase();
        await using (var seed = await database.NewContextAsync())
        {
            await Demo(seed).SeedAsync(CancellationToken.None);
        }

        await using var db = await database.NewContextAsync();
        var before = await db.Matches.CountAsync();
        var summary = await new ProposalRound(db, TestCodeLists.Real, Time, Options.Create(new MatchingOptions()), NullLogger<ProposalRound>.Instance)
            .RunAsync(CancellationToken.None);

        var proposals = await db.Matches.Where(m => m.ProposedAt == Time.GetUtcNow()).ToListAsync();
        Assert.True(summary.Proposed >= 20, $"only {summary.Proposed} of {summary.Waiting} waiting were proposed");
        Assert.Equal(before + summary.Proposed, await db.Matches.CountAsync());
        Assert.All(proposals, p =>
        {
            var text = MatchReasonText.Describe(p.Reasons);
            Assert.Contains("Meets every rule (+40)", text, StringComparison.Ordinal);
            Assert.Contains("Shared language: ", text, StringComparison.Ordinal);
            Assert.Equal(p.Score, p.Reasons.Sum(r => r.Points));
        });
    }

    private static DemoProgramme Demo(MentoringDbContext db) =>
        new(db, TestCodeLists.Real, Time, Options.Create(new ProgrammeOptions()));
}
