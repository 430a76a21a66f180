using Mentoring.Core.Domain;
using Mentoring.Core.Jobs;
using Mentoring.Core.Programme;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Mentoring.Core.Tests.Conversations;

/// <summary>What the sign-up conversations store, erase and report, on a real database.</summary>
public sealed class SignUpActionsTests
{
    /// <summary>An English mentee's request over SMS, from the first message to "we are looking".</summary>
    private static readonly string[] MenteeRequest =
        ["hello", "1", "1", "1", "no", "Amal", "1", "1", "2", "2", "1", "nurse", "2", "mon evening", "Nord", "yes", "1"];

    [Fact]
    public async Task ConsentNo_KeepsNothingButTheNo()
    {
        await using var chat = await ProgrammeChat.StartAsync("sms", "en");

        var answer = await chat.SayAsync("hello", "1", "2", "2");

        Assert.Equal([Text("consent.declined")], answer);
        await using var db = await chat.Database.NewContextAsync();
        var person = await db.People.Include(p => p.Consents).Include(p => p.ChannelAddresses).Include(p => p.MenteeProfile).SingleAsync();
        Assert.Equal((null, null), (person.FirstName, person.MenteeProfile));
        Assert.Equal((ConsentPurpose.Matching, false, "2026-11"), (person.Consents.Single().Purpose, person.Consents.Single().Granted, person.Consents.Single().TextVersion));
        Assert.Equal(("sms", chat.Conversation), (person.ChannelAddresses.Single().ChannelId, person.ChannelAddresses.Single().Address));
        var state = await db.ConversationStates.SingleAsync();
        Assert.Equal(person.Id, state.PersonId);
        Assert.DoesNotContain("role", state.Data, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MenteeRequest_ChangedThroughMyProfile_KeepsThePlaceInTheList()
    {
        await using var chat = await ProgrammeChat.StartAsync("sms", "en");
        await chat.SayAsync(MenteeRequest);
        await using (var db = await chat.Database.NewContextAsync())
        {
            Assert.Equal("healthcare", (await db.MenteeProfiles.SingleAsync()).SectorWanted);
        }

        // "my profile" → change → the sector (6th) → IT; the menu offers no second sign-up.
        await chat.SayAsync(["my profile", "2", "6", "3"]);

        await using var after = await chat.Database.NewContextAsync();
        var profile = await after.MenteeProfiles.SingleAsync();
        Assert.Equal(("it", TestPeopleNow), (profile.SectorWanted, profile.WaitingSince));
        Assert.Single(await after.People.ToListAsync());
    }

    [Fact]
    public async Task DeleteMyData_ErasesThePersonEverywhere_AndSaysSoInTheirLanguage()
    {
        await using var chat = await ProgrammeChat.StartAsync("sms", "en");
        await chat.SayAsync(MenteeRequest);

        Assert.Equal([Text("forget.ask") + "\n1. Yes\n2. No"], await chat.SayAsync("delete my data"));
        Assert.Equal([Text("forget.done")], await chat.SayAsync("yes"));

        await using var db = await chat.Database.NewContextAsync();
        var person = await db.People.Include(p => p.ChannelAddresses).Include(p => p.MenteeProfile).SingleAsync();
        Assert.Equal((PersonStatus.Erased, null, null, Gender.Unspecified), (person.Status, person.FirstName, person.Town, person.Gender));
        Assert.Empty(person.ChannelAddresses);
        Assert.Null(person.MenteeProfile!.PreviousProfession);
        Assert.Empty(await db.Outbox.Where(o => o.PersonId == person.Id).ToListAsync());
        var state = await db.ConversationStates.SingleAsync();
        Assert.Null(state.PersonId);
        Assert.DoesNotContain("Amal", state.Data, StringComparison.Ordinal);
        Assert.DoesNotContain("nurse", state.Data, StringComparison.Ordinal);
        Assert.Contains("person.erased", await db.AuditEntries.Select(a => a.Action).ToListAsync());

        // Writing again starts from the beginning, as someone new.
        Assert.Equal(Text("start.hello"), (await chat.SayAsync("hello again"))[0]);
    }

    [Fact]
    public async Task DeleteMyData_KeepsEverything_WhenThePersonSaysNo()
    {
        await using var chat = await ProgrammeChat.StartAsync("sms", "en");
        await chat.SayAsync(MenteeRequest);
        await chat.SayAsync("delete my data");

        Assert.Equal([Text("forget.kept")], await chat.SayAsync("no"));

        await using var db = await chat.Database.NewContextAsync();
        Assert.Equal(("Amal", PersonStatus.Active), await db.People.Select(p => ValueTuple.Create(p.FirstName, p.Status)).SingleAsync());
    }

    [Fact]
    public async Task ReportAProblem_GivesCoordinatorsThePersonsOwnWords()
    {
        await using var chat = await ProgrammeChat.StartAsync("sms", "en");
        await chat.SayAsync(MenteeRequest);

        Assert.Equal([Text("problem.ask")], await chat.SayAsync("report a problem"));
        Assert.Equal([Text("problem.thanks")], await chat.SayAsync("Nobody answered me for two weeks."));

        await using var db = await chat.Database.NewContextAsync();
        var problem = await db.Cases.SingleAsync();
        var person = await db.People.SingleAsync();
        Assert.Equal((CaseKind.Problem, person.Id, CaseState.Open), (problem.Kind, problem.PersonId, problem.State));
        Assert.Equal("Reported on sms: Nobody answered me for two weeks.", problem.Summary);
    }

    [Fact]
    public async Task AnAnswerTheProfileNeeds_Missing_SavesNothingHalf_AndACoordinatorCompletesIt()
    {
        await using var chat = await ProgrammeChat.StartAsync("sms", "en");

        // Stuck at the sector question: three answers that are none of the options.
        await chat.SayAsync(["hello", "1", "1", "1", "no", "Amal", "1", "1", "2", "2", "gardening", "flowers", "plants"]);
        var last = await chat.SayAsync(["gardener", "1", "mon evening", "Nord", "yes", "1"]);

        Assert.Equal(Text("signup.incomplete"), last[0]);
        await using var db = await chat.Database.NewContextAsync();
        Assert.Empty(await db.MenteeProfiles.ToListAsync());
        Assert.Equal(CaseKind.Problem, (await db.Cases.SingleAsync()).Kind);
    }

    [Fact]
    public async Task ChangeLanguage_SwitchesTheConversationAndThePersonsLanguage()
    {
        await using var chat = await ProgrammeChat.StartAsync("sms", "en");
        await chat.SayAsync(MenteeRequest);

        Assert.StartsWith(Text("start.ask-language"), (await chat.SayAsync("change language"))[0], StringComparison.Ordinal);
        Assert.Equal([ProgrammeChat.Catalog.Text("de", "language.changed")!], await chat.SayAsync("Deutsch"));

        Assert.StartsWith(ProgrammeChat.Catalog.Text("de", "menu.ask")!, (await chat.SayAsync("hallo"))[0], StringComparison.Ordinal);
        await using var db = await chat.Database.NewContextAsync();
        Assert.Equal("de", (await db.People.SingleAsync()).PreferredLanguage);
    }

    [Fact]
    public async Task PauseAndResume_TakeThePersonOutOfMatchingAndBack()
    {
        await using var chat = await ProgrammeChat.StartAsync("sms", "en");
        await chat.SayAsync(MenteeRequest);

        Assert.Equal([Text("pause.ask") + "\n1. Yes\n2. No"], await chat.SayAsync("pause"));
        Assert.Equal([Text("pause.done")], await chat.SayAsync("yes"));
        await using (var db = await chat.Database.NewContextAsync())
        {
            Assert.Equal(PersonStatus.Paused, (await db.People.SingleAsync()).Status);
        }

        Assert.Equal([Text("resume.done")], await chat.SayAsync("resume"));
        await using var after = await chat.Database.NewContextAsync();
        Assert.Equal(PersonStatus.Active, (await after.People.SingleAsync()).Status);
    }

    [Fact]
    public async Task Pause_BeforeSigningUp_SaysThereIsNothingToPause()
    {
        await using var chat = await ProgrammeChat.StartAsync("sms", "en");
        await chat.SayAsync("hello", "1");

        await chat.SayAsync("pause");
        var replies = await chat.SayAsync("yes");

        // Then the question that was waiting comes back.
        Assert.Equal(Text("signup.none"), replies[0]);
        Assert.StartsWith(Text("start.ask-role"), replies[1], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(13, true)]
    [InlineData(11, false)]
    public async Task RetentionPurge_ErasesPeopleSilentForLongerThanTheRetentionPeriod(int monthsLater, bool erased)
    {
        await using var chat = await ProgrammeChat.StartAsync("sms", "en");
        await chat.SayAsync(MenteeRequest);

        await using var db = await chat.Database.NewContextAsync();
        var job = new RetentionPurgeJob(db, new PersonEraser(db), Options.Create(new ProgrammeOptions()), new FakeTimeProvider(TestPeopleNow.AddMonths(monthsLater)));
        Assert.Equal(erased ? 1 : 0, await job.RunAsync(CancellationToken.None));

        await using var after = await chat.Database.NewContextAsync();
        var person = await after.People.Include(p => p.ChannelAddresses).SingleAsync();
        Assert.Equal(erased, person.Status == PersonStatus.Erased);
        Assert.Equal(erased ? null : "Amal", person.FirstName);
        Assert.Equal(erased ? 0 : 1, person.ChannelAddresses.Count);
        Assert.Equal(erased ? 0 : 17, await after.InboundMessages.CountAsync());
    }

    private static readonly DateTimeOffset TestPeopleNow = Data.TestPeople.Now;

    private static string Text(string key) => ProgrammeChat.Catalog.Text("en", key)!.TrimEnd('\n');
}
