using Mentoring.Core.Domain;
using Mentoring.Core.Programme;
using Microsoft.EntityFrameworkCore;

namespace Mentoring.Core.Tests.Conversations;

/// <summary>
/// A proposal's life in the conversations: the mentor is told who and why and answers, the mentee
/// is introduced and confirms, and phone numbers are exchanged only when both agreed.
/// </summary>
public sealed class ProposalConversationTests
{
    private const string MenteeNumber = MatchSetup.MenteeNumber;
    private const string MentorNumber = MatchSetup.MentorNumber;

    [Fact]
    public async Task AProposal_AcceptedAndConfirmed_ExchangesTheNumbersBothAgreedToShare()
    {
        await using var mentee = await ProgrammeChat.StartAsync("whatsapp", "en", MenteeNumber);
        var mentor = mentee.Other("sms", "en", MentorNumber);
        var matchId = await ProposeAsync(mentee, mentor);

        var proposal = Assert.Single(await mentor.NewRepliesAsync());
        Assert.StartsWith(
            "Good news, Jonas! We have found someone you could mentor:\nAmal wants to work in: Health care and nursing\nNeeds help with: Finding a job\nSpeaks: German, Arabic\nFree: Monday evening\nLives in: Nord\nWhy we think you fit: you know the work they want to do, you speak a language together, you are free at the same times.\nWould you like to mentor Amal?\n1. Yes, I would like to",
            proposal.Text,
            StringComparison.Ordinal);

        Assert.Equal([Text("share.ask-mentor").Replace("{match-name}", "Amal", StringComparison.Ordinal) + "\n1. Yes\n2. No"], Texts(await mentor.SendAsync("1")));
        Assert.Equal([Text("proposal.accepted").Replace("{match-name}", "Amal", StringComparison.Ordinal)], Texts(await mentor.SendAsync("yes")));
        Assert.Equal(MatchState.Accepted, await StateAsync(mentee, matchId));

        await mentee.DeliverNoticesAsync();
        var introduction = Assert.Single(await mentee.NewRepliesAsync());
        Assert.StartsWith("Good news, Amal! Jonas would like to be your mentor.\nJonas knows about: Health care and nursing\nCan help with: Finding a job\nSpeaks: German, Arabic", introduction.Text, StringComparison.Ordinal);
        await mentee.SendAsync("1");
        Assert.Equal([$"Wonderful! You can reach Jonas at {MentorNumber}. Please write to arrange your first meeting."], Texts(await mentee.SendAsync("yes")));
        Assert.Equal(MatchState.Active, await StateAsync(mentee, matchId));

        await mentee.DeliverNoticesAsync();
        Assert.Equal([$"Amal would like to meet you! You can reach Amal at {MenteeNumber} (WhatsApp). Please write to arrange your first meeting."], Texts(await mentor.NewRepliesAsync()));
        await using var db = await mentee.Database.NewContextAsync();
        Assert.Equal(MenteeState.Matched, (await db.MenteeProfiles.SingleAsync()).State);
        Assert.Equal(2, await db.Consents.CountAsync(c => c.Purpose == ConsentPurpose.ShareContact && c.Granted));
    }

    [Fact]
    public async Task AMenteeWhoDoesNotShareTheirNumber_GetsACoordinatorToArrangeTheMeeting_AndNoNumbersAreGiven()
    {
        await using var mentee = await ProgrammeChat.StartAsync("whatsapp", "en", MenteeNumber);
        var mentor = mentee.Other("sms", "en", MentorNumber);
        var matchId = await ProposeAsync(mentee, mentor);
        await mentor.SayAsync("1", "yes");
        await mentee.DeliverNoticesAsync();
        await mentee.NewRepliesAsync();

        Assert.Equal(["Wonderful! A coordinator will help you and Jonas arrange your first meeting."], await mentee.SayAsync("1", "no"));

        await mentee.DeliverNoticesAsync();
        Assert.Equal(["Amal would like to meet you! A coordinator will help you arrange your first meeting."], Texts(await mentor.NewRepliesAsync()));
        await using var db = await mentee.Database.NewContextAsync();
        Assert.Equal(matchId, (await db.Cases.SingleAsync(c => c.Kind == CaseKind.Problem)).MatchId);
    }

    [Fact]
    public async Task AMentorWhoDeclines_LeavesTheMenteeWaitingWithTheirPlace()
    {
        await using var mentee = await ProgrammeChat.StartAsync("whatsapp", "en", MenteeNumber);
        var mentor = mentee.Other("sms", "en", MentorNumber);
        var matchId = await ProposeAsync(mentee, mentor);

        Assert.Equal([Text("proposal.declined")], await mentor.SayAsync("2"));

        Assert.Equal(MatchState.Declined, await StateAsync(mentee, matchId));
        await using var db = await mentee.Database.NewContextAsync();
        var waiting = await db.MenteeProfiles.SingleAsync();
        Assert.Equal((MenteeState.Waiting, Data.TestPeople.Now), (waiting.State, waiting.WaitingSince));
    }

    [Fact]
    public async Task AQuestion_OpensACaseForCoordinators_AndLeavesTheProposalOpen()
    {
        await using var mentee = await ProgrammeChat.StartAsync("whatsapp", "en", MenteeNumber);
        var mentor = mentee.Other("sms", "en", MentorNumber);
        var matchId = await ProposeAsync(mentee, mentor);

        Assert.Equal([Text("proposal.question-sent")], await mentor.SayAsync("3"));

        Assert.Equal(MatchState.Proposed, await StateAsync(mentee, matchId));
        await using var db = await mentee.Database.NewContextAsync();
        Assert.Equal((CaseKind.ProposalQuestion, matchId), await db.Cases.Select(c => ValueTuple.Create(c.Kind, c.MatchId)).SingleAsync());
    }

    [Fact]
    public async Task AProposalThatExpiredBeforeItWasDelivered_SaysItIsNoLongerOpen()
    {
        await using var mentee = await ProgrammeChat.StartAsync("whatsapp", "en", MenteeNumber);
        var mentor = mentee.Other("sms", "en", MentorNumber);
        var matchId = await ProposeAsync(mentee, mentor, deliver: false);
        await using (var db = await mentee.Database.NewContextAsync())
        {
            (await db.Matches.SingleAsync(m => m.Id == matchId)).Expire(Data.TestPeople.Now.AddDays(4));
            await db.SaveChangesAsync();
        }

        await mentee.DeliverNoticesAsync();

        Assert.Equal([Text("match.gone")], Texts(await mentor.NewRepliesAsync()));
    }

    [Fact]
    public async Task TheDispatcher_DeliversANotice_AsTheDialogsWords_Once()
    {
        await using var mentee = await ProgrammeChat.StartAsync("whatsapp", "en", MenteeNumber);
        var mentor = mentee.Other("sms", "en", MentorNumber);
        await ProposeAsync(mentee, mentor, deliver: false);

        await mentee.RunServiceAsync();

        // The notice was written outside the service (as by another host), so the sweep takes it.
        Assert.Equal(1, await mentee.SweepAsync());
        await Messaging.Poll.UntilAsync(() => Task.FromResult(mentee.Sender.Sent.Any(a => a.Text?.StartsWith("Good news, Jonas!", StringComparison.Ordinal) == true)), "the proposal reaches the mentor");
        await Messaging.Poll.UntilAsync(async () => (await OutboxAsync(mentee)).Count(o => o.Kind == MessageKind.Proposal && o.State == OutboxState.Sent) == 2, "the notice and the proposal are recorded as sent");
        var proposal = Assert.Single(await OutboxAsync(mentee), o => o.Kind == MessageKind.Proposal && !o.IsEvent);
        Assert.Equal(("sms", MentorNumber), (proposal.ChannelId, proposal.Address));

        // Later sweeps (everything else now due too) never say the notice again.
        mentee.Time.Advance(TimeSpan.FromHours(1));
        await mentee.SweepAsync();
        await Messaging.Poll.UntilAsync(async () => (await OutboxAsync(mentee)).All(o => o.State == OutboxState.Sent), "everything is sent");
        Assert.Single(mentee.Sender.Sent, a => a.Text?.StartsWith("Good news, Jonas!", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task ACheckIn_AsksBothSides_AndAProblemReachesACoordinatorInThePersonsWords()
    {
        await using var mentee = await ProgrammeChat.StartAsync("whatsapp", "en", MenteeNumber);
        var mentor = mentee.Other("sms", "en", MentorNumber);
        var matchId = await ProposeAsync(mentee, mentor);
        await mentor.SayAsync("1", "yes");
        await mentee.DeliverNoticesAsync();
        await mentee.SayAsync("1", "yes");
        await mentee.DeliverNoticesAsync();
        await mentor.NewRepliesAsync();

        var due = Data.TestPeople.Now.AddDays(14);
        await using (var db = await mentee.Database.NewContextAsync())
        {
            var checkIns = new CheckIns(db, new Microsoft.Extensions.Time.Testing.FakeTimeProvider(due), Microsoft.Extensions.Options.Options.Create(new ProgrammeOptions()));
            Assert.Equal(1, await checkIns.PromptDueAsync(CancellationToken.None));
            Assert.Equal(0, await checkIns.PromptDueAsync(CancellationToken.None));
        }

        await mentee.DeliverNoticesAsync();
        Assert.Equal(["Hello Jonas! Did you and Amal meet since we last asked?\n1. Yes, we met\n2. Not yet\n3. There is a problem"], Texts(await mentor.NewRepliesAsync()));
        Assert.Equal(["Hello Amal! Did you and Jonas meet since we last asked?\n1. Yes, we met\n2. Not yet\n3. There is a problem"], Texts(await mentee.NewRepliesAsync()));

        Assert.Equal([Text("checkin.ask-problem")], await mentee.SayAsync("3"));
        Assert.Equal([Text("checkin.problem-thanks")], await mentee.SayAsync("Jonas did not come to our meeting."));
        Assert.Equal([Text("checkin.ask-met")], await mentor.SayAsync("yes"));
        Assert.Equal([Text("checkin.thanks")], await mentor.SayAsync("We wrote her CV."));

        await using var after = await mentee.Database.NewContextAsync();
        var answers = await after.CheckIns.OrderBy(c => c.Answer).Select(c => ValueTuple.Create(c.Answer, c.Note)).ToListAsync();
        Assert.Equal([(CheckInAnswer.Met, "We wrote her CV."), (CheckInAnswer.Problem, "Jonas did not come to our meeting.")], answers);
        var problem = await after.Cases.SingleAsync(c => c.Kind == CaseKind.Problem && c.MatchId == matchId);
        Assert.Equal("Check-in: Jonas did not come to our meeting.", problem.Summary);
        Assert.Equal(due.AddDays(14), (await after.Matches.SingleAsync()).NextCheckInAt);
    }

    [Fact]
    public async Task DeleteMyData_InAnActiveMatch_EndsTheMatch_AndErasesThePerson()
    {
        await using var mentee = await ProgrammeChat.StartAsync("whatsapp", "en", MenteeNumber);
        var mentor = mentee.Other("sms", "en", MentorNumber);
        var matchId = await ProposeAsync(mentee, mentor);
        await mentor.SayAsync("1", "yes");
        await mentee.DeliverNoticesAsync();
        await mentee.SayAsync("1", "yes");

        await mentee.SayAsync("delete my data");
        Assert.Equal([Text("forget.done")], await mentee.SayAsync("yes"));

        Assert.Equal(MatchState.Ended, await StateAsync(mentee, matchId));
        await using var db = await mentee.Database.NewContextAsync();
        Assert.Equal(PersonStatus.Erased, (await db.People.SingleAsync(p => p.MenteeProfile != null)).Status);
        Assert.Empty(await db.Outbox.Where(o => o.Address == MenteeNumber && o.State == OutboxState.Sent).ToListAsync());
    }

    [Fact]
    public async Task AMentorWhoDeletesTheirData_LeavesTheProposedMenteeWaitingAgain()
    {
        await using var mentee = await ProgrammeChat.StartAsync("whatsapp", "en", MenteeNumber);
        var mentor = mentee.Other("sms", "en", MentorNumber);
        var matchId = await ProposeAsync(mentee, mentor);

        await mentor.SayAsync("delete my data", "yes");

        Assert.Equal(MatchState.Cancelled, await StateAsync(mentee, matchId));
        await using var db = await mentee.Database.NewContextAsync();
        Assert.Equal(MenteeState.Waiting, (await db.MenteeProfiles.SingleAsync()).State);
    }

    [Fact]
    public async Task TwoProposalsToOneMentor_AreAnsweredOneAfterTheOther_NeitherIsLost()
    {
        await using var amal = await ProgrammeChat.StartAsync("whatsapp", "en", MenteeNumber);
        var sara = amal.Other("sms", "en", "+4915155555555");
        var mentor = amal.Other("sms", "en", MentorNumber);
        await amal.SayAsync(MatchSetup.MenteeRequest);
        await sara.SayAsync([.. MatchSetup.MenteeRequest.Select(answer => answer == "Amal" ? "Sara" : answer)]);
        await mentor.SayAsync(MatchSetup.MentorSignUp);
        var now = Data.TestPeople.Now;
        await using (var db = await amal.Database.NewContextAsync())
        {
            var jonas = await db.People.Include(p => p.MentorProfile).SingleAsync(p => p.MentorProfile != null);
            jonas.MentorProfile!.Approve("coordinator@test", now);
            foreach (var mentee in await db.People.Include(p => p.MenteeProfile).Where(p => p.MenteeProfile != null).OrderBy(p => p.FirstName).ToListAsync())
            {
                var match = new Match(Guid.NewGuid(), jonas.Id, mentee.Id, 80, [new("same-sector", 30)], now, now.AddHours(72));
                db.Matches.Add(match);
                mentee.MenteeProfile!.MarkProposed();
                await Notice.AddAsync(db, jonas.Id, MessageKind.Proposal, Proposals.ProposalEvent, new { matchId = match.Id }, now, CancellationToken.None);
            }

            await db.SaveChangesAsync();
        }

        await mentor.NewRepliesAsync();
        await amal.DeliverNoticesAsync();
        // Both notices were written at the same moment: either may come first.
        const string Start = "Good news, Jonas! We have found someone you could mentor:\n";
        var firstText = Assert.Single(await mentor.NewRepliesAsync()).Text!;
        var first = firstText.StartsWith(Start + "Amal", StringComparison.Ordinal) ? "Amal" : "Sara";
        var second = first == "Amal" ? "Sara" : "Amal";
        Assert.StartsWith(Start + first, firstText, StringComparison.Ordinal);

        var afterFirst = await mentor.SayAsync("2");

        Assert.Equal(Text("proposal.declined"), afterFirst[0]);
        Assert.StartsWith(Start + second, afterFirst[1], StringComparison.Ordinal);
        await mentor.SayAsync("1", "yes");
        await using var after = await amal.Database.NewContextAsync();
        var states = await after.Matches.Join(after.People, m => m.MenteeId, p => p.Id, (m, p) => new { p.FirstName, m.State }).ToListAsync();
        Assert.Equal(MatchState.Declined, states.Single(s => s.FirstName == first).State);
        Assert.Equal(MatchState.Accepted, states.Single(s => s.FirstName == second).State);
    }

    private static async Task<List<OutboxMessage>> OutboxAsync(ProgrammeChat chat)
    {
        await using var db = await chat.Database.NewContextAsync();
        return await db.Outbox.AsNoTracking().ToListAsync();
    }

    /// <summary>Both sign up, a coordinator approves the mentor, and a round proposes them to each other (the notice delivered unless told not to).</summary>
    private static Task<Guid> ProposeAsync(ProgrammeChat mentee, ProgrammeChat mentor, bool deliver = true) => MatchSetup.ProposeAsync(mentee, mentor, deliver);

    private static async Task<MatchState> StateAsync(ProgrammeChat chat, Guid matchId)
    {
        await using var db = await chat.Database.NewContextAsync();
        return (await db.Matches.SingleAsync(m => m.Id == matchId)).State;
    }

    private static List<string> Texts(IEnumerable<Mentoring.Conversations.Schema.Activity> replies) => [.. replies.Select(r => r.Text ?? string.Empty)];

    private static string Text(string key) => ProgrammeChat.Catalog.Text("en", key)!.TrimEnd('\n');
}
