using Mentoring.Core.Data;
using Mentoring.Core.Domain;
using Microsoft.EntityFrameworkCore;

namespace Mentoring.Core.Tests.Data;

/// <summary>
/// Round trips and the queries the jobs depend on, written once and run on every provider by
/// the subclasses (<see cref="SqlitePersistenceTests"/>, <see cref="PostgreSqlPersistenceTests"/>).
/// </summary>
public abstract class PersistenceTests(TestDatabase database)
{
    private static DateTimeOffset Now => TestPeople.Now;

    [Fact]
    public async Task Person_RoundTripsEveryField_WithBothProfiles()
    {
        var person = TestPeople.Mentee("+4915112345678");
        person.BecomeMentor(new MentorProfile(["it"], [new LanguageSkill("ar", LanguageLevel.Native)], [MentoringGoal.StartingBusiness],
            WeeklyAvailability.None, 1, GenderPreference.None, remoteOk: true, TestCodeLists.Real));
        await SaveAsync(person);

        await using var db = await database.NewContextAsync();
        var loaded = await db.People.Include(p => p.ChannelAddresses).Include(p => p.Consents)
            .Include(p => p.MentorProfile).Include(p => p.MenteeProfile).SingleAsync(p => p.Id == person.Id);

        Assert.Equal(("Amal", Gender.Woman, "Nord", "ar", "Europe/Berlin"), (loaded.FirstName, loaded.Gender, loaded.Town, loaded.PreferredLanguage, loaded.TimeZone));
        var address = Assert.Single(loaded.ChannelAddresses);
        Assert.Equal((Channels.WhatsApp, "+4915112345678", Now), (address.ChannelId, address.Address, address.LastInboundAt));
        Assert.True(loaded.HasConsent(ConsentPurpose.Matching));
        Assert.Equal("2026-11", Assert.Single(loaded.Consents).TextVersion);

        var mentee = loaded.MenteeProfile!;
        Assert.Equal(("healthcare", "nurse", MentoringGoal.QualificationRecognition, GenderPreference.RequireSame), (mentee.SectorWanted, mentee.PreviousProfession, mentee.Goal, mentee.MentorGenderPreference));
        Assert.Equal(WeeklyAvailability.Parse("mon:evening"), mentee.Availability);
        Assert.Equal([new LanguageSkill("ar", LanguageLevel.Native), new LanguageSkill("de", LanguageLevel.Basic)], mentee.Languages.OrderBy(l => l.Code, StringComparer.Ordinal));
        Assert.Equal(Now.AddDays(-10), mentee.WaitingSince);

        var mentor = loaded.MentorProfile!;
        Assert.Equal(["it"], mentor.Sectors);
        Assert.Equal([MentoringGoal.StartingBusiness], mentor.GoalsOffered);
        Assert.True(mentor.RemoteOk);
        Assert.True(mentor.Availability.IsEmpty);
    }

    [Fact]
    public async Task MentorProfile_RoundTripsVettingAndAvailability()
    {
        var person = TestPeople.Mentor();
        await SaveAsync(person);

        await using var db = await database.NewContextAsync();
        var mentor = await db.MentorProfiles.SingleAsync(m => m.PersonId == person.Id);
        Assert.Equal(["healthcare", "elderly-care"], mentor.Sectors);
        Assert.Equal([MentoringGoal.JobSearch, MentoringGoal.QualificationRecognition], mentor.GoalsOffered);
        Assert.Equal("mon:evening tue:morning+evening", mentor.Availability.ToString());
        Assert.Equal((2, GenderPreference.PreferSame, VettingState.Approved, "coordinator@test"), (mentor.Capacity, mentor.MenteeGenderPreference, mentor.Vetting, mentor.VettedBy));
        Assert.True(mentor.CanReceiveProposals);
        Assert.Equal(2, mentor.Languages.Count);
    }

    [Fact]
    public async Task Match_RoundTripsStateScoreAndReasons()
    {
        var (mentor, mentee) = (TestPeople.Mentor(), TestPeople.Mentee());
        var match = new Match(Guid.NewGuid(), mentor.Id, mentee.Id, 87.5,
            [new MatchReason("same-sector", 30, "healthcare"), new MatchReason("shared-language", 20, "ar")], Now, Now.AddHours(72));
        match.Accept(Now.AddHours(1));
        match.Confirm(Now.AddHours(2), TimeSpan.FromDays(14));
        await SaveAsync(mentor, mentee, match);

        await using var db = await database.NewContextAsync();
        var loaded = await db.Matches.SingleAsync(m => m.Id == match.Id);
        Assert.Equal((MatchState.Active, 87.5, Now.AddHours(2).AddDays(14)), (loaded.State, loaded.Score, loaded.NextCheckInAt!.Value));
        Assert.Equal(match.Reasons, loaded.Reasons);
    }

    [Fact]
    public async Task Match_SecondWriterFails_WhenBothReadTheSameVersion()
    {
        var (mentor, mentee) = (TestPeople.Mentor(), TestPeople.Mentee());
        var match = new Match(Guid.NewGuid(), mentor.Id, mentee.Id, 50, [], Now, Now.AddHours(72));
        await SaveAsync(mentor, mentee, match);

        await using var first = await database.NewContextAsync();
        await using var second = await database.NewContextAsync();
        var mine = await first.Matches.SingleAsync(m => m.Id == match.Id);
        var theirs = await second.Matches.SingleAsync(m => m.Id == match.Id);
        mine.Accept(Now.AddHours(1));
        theirs.Decline(Now.AddHours(1), "busy");
        await first.SaveChangesAsync();

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync());
        await using var check = await database.NewContextAsync();
        var stored = await check.Matches.SingleAsync(m => m.Id == match.Id);
        Assert.Equal((MatchState.Accepted, 1L), (stored.State, stored.Version));
    }

    [Fact]
    public async Task InboundMessage_IsRefused_WhenTheSameChannelMessageIdComesAgain()
    {
        await using (var db = await database.NewContextAsync())
        {
            db.InboundMessages.Add(new InboundMessage(Channels.Sms, "SM-dup-1", Now));
            db.InboundMessages.Add(new InboundMessage(Channels.WhatsApp, "SM-dup-1", Now));
            await db.SaveChangesAsync();
        }

        await using var retry = await database.NewContextAsync();
        retry.InboundMessages.Add(new InboundMessage(Channels.Sms, "SM-dup-1", Now.AddSeconds(5)));
        await Assert.ThrowsAsync<DbUpdateException>(() => retry.SaveChangesAsync());
    }

    [Fact]
    public async Task ChannelAddress_IsOnePerson_WhenTwoPeopleClaimOneNumber()
    {
        await SaveAsync(TestPeople.Mentee("+4915100000001"));

        await using var db = await database.NewContextAsync();
        db.People.Add(TestPeople.Mentee("+4915100000001"));
        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
    }

    [Fact]
    public async Task Outbox_DueQuery_ReturnsPendingRowsDueByNow_OldestFirst()
    {
        var late = Message(Now.AddMinutes(-30));
        var early = Message(Now.AddHours(-2));
        var future = Message(Now.AddMinutes(10));
        var sent = Message(Now.AddHours(-3));
        sent.MarkSent("SM1", Now.AddHours(-3));
        var held = Message(Now.AddHours(-4));
        held.Hold("window closed, no template");
        await SaveAsync(late, early, future, sent, held);

        // Scoped to this test's rows: the tests of a class share one database.
        Guid[] mine = [late.Id, early.Id, future.Id, sent.Id, held.Id];
        await using var db = await database.NewContextAsync();
        var due = await db.Outbox.Where(o => mine.Contains(o.Id) && o.State == OutboxState.Pending && o.NextAttemptAt <= Now)
            .OrderBy(o => o.NextAttemptAt).Select(o => o.Id).ToListAsync();

        Assert.Equal([early.Id, late.Id], due);
    }

    [Fact]
    public async Task Outbox_ClaimCommitsOnce_WhenTwoSendersRace()
    {
        var message = Message(Now.AddMinutes(-1));
        await SaveAsync(message);

        await using var hostA = await database.NewContextAsync();
        await using var hostB = await database.NewContextAsync();
        var a = await hostA.Outbox.SingleAsync(o => o.Id == message.Id);
        var b = await hostB.Outbox.SingleAsync(o => o.Id == message.Id);
        Assert.True(a.TryClaim("host-a", Now, TimeSpan.FromMinutes(1)));
        Assert.True(b.TryClaim("host-b", Now, TimeSpan.FromMinutes(1)));
        await hostA.SaveChangesAsync();

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => hostB.SaveChangesAsync());
        await using var check = await database.NewContextAsync();
        Assert.Equal("host-a", (await check.Outbox.SingleAsync(o => o.Id == message.Id)).LeaseOwner);
    }

    [Fact]
    public async Task WaitingList_ByLanguage_ReturnsWaitingSpeakersLongestWaitFirst()
    {
        var recent = TestPeople.Mentee("+4915100000011", "ti", Now.AddDays(-1));
        var longest = TestPeople.Mentee("+4915100000012", "ti", Now.AddDays(-40));
        var other = TestPeople.Mentee("+4915100000013", "uk", Now.AddDays(-90));
        var matched = TestPeople.Mentee("+4915100000014", "ti", Now.AddDays(-60));
        matched.MenteeProfile!.MarkProposed();
        await SaveAsync(recent, longest, other, matched);

        await using var db = await database.NewContextAsync();
        var waiting = await db.MenteeProfiles
            .Where(m => m.State == MenteeState.Waiting && m.Languages.Any(l => l.Code == "ti"))
            .OrderBy(m => m.WaitingSince).Select(m => m.PersonId).ToListAsync();

        Assert.Equal([longest.Id, recent.Id], waiting);
    }

    [Fact]
    public async Task ActiveMatches_ByNextCheckIn_ReturnsOnlyActiveMatchesDue()
    {
        var mentor = TestPeople.Mentor();
        var (a, b) = (TestPeople.Mentee("+4915100000021"), TestPeople.Mentee("+4915100000022"));
        var due = Active(mentor, a, Now.AddDays(-15));
        var notYet = Active(mentor, b, Now.AddDays(-2));
        await SaveAsync(mentor, a, b, due, notYet);

        await using var db = await database.NewContextAsync();
        var ids = await db.Matches.Where(m => m.MentorId == mentor.Id && m.State == MatchState.Active && m.NextCheckInAt <= Now).Select(m => m.Id).ToListAsync();

        Assert.Equal([due.Id], ids);
    }

    [Fact]
    public async Task Erase_RemovesAddressesAndPersonalData_KeepsConsentEvidence()
    {
        var person = TestPeople.Mentee("+4915100000031");
        await SaveAsync(person);

        await using (var db = await database.NewContextAsync())
        {
            var loaded = await db.People.Include(p => p.ChannelAddresses).Include(p => p.MenteeProfile).SingleAsync(p => p.Id == person.Id);
            loaded.Erase(Now.AddDays(1));
            await db.SaveChangesAsync();
        }

        await using var check = await database.NewContextAsync();
        var erased = await check.People.Include(p => p.Consents).Include(p => p.MenteeProfile).SingleAsync(p => p.Id == person.Id);
        Assert.Equal((PersonStatus.Erased, (string?)null, (string?)null), (erased.Status, erased.FirstName, erased.Town));
        Assert.Null(erased.MenteeProfile!.PreviousProfession);
        Assert.False(await check.ChannelAddresses.AnyAsync(a => a.Address == "+4915100000031"));
        Assert.Single(erased.Consents);
    }

    [Fact]
    public async Task Case_RoundTripsNotes()
    {
        var @case = new Case(Guid.NewGuid(), CaseKind.Problem, "We have not met for a month.", Now);
        @case.Assign("coordinator@test", Now.AddMinutes(5));
        @case.AddNote("coordinator@test", "Called the mentor.", Now.AddMinutes(10));
        await SaveAsync(@case);

        await using var db = await database.NewContextAsync();
        var loaded = await db.Cases.SingleAsync(c => c.Id == @case.Id);
        Assert.Equal((CaseState.InProgress, "coordinator@test"), (loaded.State, loaded.Assignee));
        Assert.Equal(@case.Notes, loaded.Notes);
    }

    [Fact]
    public async Task Migrations_LeaveNothingPending()
    {
        await using var db = await database.NewContextAsync();
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
    }

    private static OutboxMessage Message(DateTimeOffset createdAt) =>
        new(Guid.NewGuid(), null, Channels.Sms, "+4915100000099", MessageKind.CheckIn, """{"type":"message","text":"Did you meet?"}""", createdAt);

    private static Match Active(Person mentor, Person mentee, DateTimeOffset activatedAt)
    {
        var match = new Match(Guid.NewGuid(), mentor.Id, mentee.Id, 60, [], activatedAt.AddHours(-2), activatedAt.AddHours(70));
        match.Accept(activatedAt.AddHours(-1));
        match.Confirm(activatedAt, TimeSpan.FromDays(14));
        return match;
    }

    private async Task SaveAsync(params object[] entities)
    {
        await using var db = await database.NewContextAsync();
        db.AddRange(entities);
        await db.SaveChangesAsync();
    }
}
