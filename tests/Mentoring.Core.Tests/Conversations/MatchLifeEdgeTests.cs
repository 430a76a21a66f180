using Mentoring.Core.Domain;
using Mentoring.Core.Programme;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Mentoring.Core.Tests.Conversations;

/// <summary>
/// The life of a match when things overlap: a notice arriving while another's question waits, a
/// mentor with two mentees, a command typed while a survey waits, a question someone gets stuck on,
/// a mentee on web chat who has no number to give.
/// </summary>
public sealed class MatchLifeEdgeTests
{
    private const string SaraNumber = "+4915155555555";

    [Fact]
    public async Task AProposalArrivingWhileASurveyQuestionWaits_WaitsForIt_AndTheSurveyIsStoredForItsOwnMatch()
    {
        await using var mentee = await ProgrammeChat.StartAsync("whatsapp", "en", MatchSetup.MenteeNumber);
        var mentor = mentee.Other("sms", "en", MatchSetup.MentorNumber);
        var sara = mentee.Other("sms", "en", SaraNumber);
        var first = await MatchSetup.ActiveAsync(mentee, mentor);
        await SignUpSaraAsync(sara);
        mentee.Time.Advance(TimeSpan.FromDays(30));
        await SurveysAsync(mentee);
        await mentee.DeliverNoticesAsync();
        Assert.Equal(2, (await mentor.NewRepliesAsync()).Count);

        var second = await ProposeSaraAsync(mentee, mentor);
        await mentee.DeliverNoticesAsync();

        Assert.Empty(await mentor.NewRepliesAsync());
        await mentor.SayAsync("4", "2");
        var replies = await mentor.SayAsync("0");
        Assert.Equal(Text("survey.thanks"), replies[0]);
        Assert.StartsWith("Good news, Jonas! We have found someone you could mentor:\nSara wants to work in", replies[1], StringComparison.Ordinal);
        await using var db = await mentee.Database.NewContextAsync();
        Assert.Equal(first, (await db.Feedback.SingleAsync()).MatchId);
        Assert.NotEqual(first, second);
    }

    [Fact]
    public async Task AMentorWithTwoMentees_SaysWhichMentoringToEnd()
    {
        await using var mentee = await ProgrammeChat.StartAsync("whatsapp", "en", MatchSetup.MenteeNumber);
        var mentor = mentee.Other("sms", "en", MatchSetup.MentorNumber);
        var sara = mentee.Other("sms", "en", SaraNumber);
        var amalMatch = await MatchSetup.ActiveAsync(mentee, mentor);
        await SignUpSaraAsync(sara);
        var saraMatch = await ActivateSaraAsync(mentee);
        Assert.Equal([Text("end.kept")], await mentor.SayAsync("end my match", "5"));

        Assert.Equal(["Which mentoring do you want to end? Please write its number.\n1. Amal\n2. Sara"], await mentor.SayAsync("end my match"));
        Assert.Equal(["Do you want to end your mentoring with Sara?\n1. Yes\n2. No"], await mentor.SayAsync("2"));
        await mentor.SayAsync("yes", "1");

        await using var db = await mentee.Database.NewContextAsync();
        Assert.Equal(MatchState.Active, (await db.Matches.SingleAsync(m => m.Id == amalMatch)).State);
        Assert.Equal(MatchState.Ended, (await db.Matches.SingleAsync(m => m.Id == saraMatch)).State);
    }

    [Fact]
    public async Task TwoCheckInsAndTheirReminders_EachAnswerIsStoredForItsOwnCheckIn()
    {
        await using var mentee = await ProgrammeChat.StartAsync("whatsapp", "en", MatchSetup.MenteeNumber);
        var mentor = mentee.Other("sms", "en", MatchSetup.MentorNumber);
        var sara = mentee.Other("sms", "en", SaraNumber);
        await MatchSetup.ActiveAsync(mentee, mentor);
        await SignUpSaraAsync(sara);
        await ActivateSaraAsync(mentee);
        mentee.Time.Advance(TimeSpan.FromDays(14) + TimeSpan.FromHours(1));
        await CheckInsAsync(mentee, c => c.PromptDueAsync(CancellationToken.None));
        await mentee.DeliverNoticesAsync();
        var asked = Assert.Single(Texts(await mentor.NewRepliesAsync()));
        mentee.Time.Advance(TimeSpan.FromDays(3));
        await CheckInsAsync(mentee, c => c.FollowUpSilenceAsync(CancellationToken.None));

        await mentee.DeliverNoticesAsync();

        // One reminder, of the question that waits, and that question again; the other's comes after.
        Assert.Equal([Text("checkin.reminder"), asked], Texts(await mentor.NewRepliesAsync()));
        var other = await mentor.SayAsync("1", "We met.");
        Assert.Equal(Text("checkin.thanks"), other[0]);
        Assert.NotEqual(asked, other[1]);
        var firstWasSara = asked.Contains("Sara", StringComparison.Ordinal);
        Assert.Contains(firstWasSara ? "Amal" : "Sara", other[1], StringComparison.Ordinal);
        await mentor.SayAsync("2", "Not yet.");
        await using var db = await mentee.Database.NewContextAsync();
        var answers = await db.CheckIns.Where(c => c.AnsweredAt != null).Join(db.Matches, c => c.MatchId, m => m.Id, (c, m) => new { c.Note, m.MenteeId }).ToListAsync();
        var saraId = (await db.People.SingleAsync(p => p.FirstName == "Sara")).Id;
        Assert.Equal(firstWasSara ? "We met." : "Not yet.", answers.Single(a => a.MenteeId == saraId).Note);
        Assert.Equal(firstWasSara ? "Not yet." : "We met.", answers.Single(a => a.MenteeId != saraId).Note);
    }

    [Fact]
    public async Task NewMentor_TypedAsTheAnswerToTheOffer_FinishesTheOfferFirst_AndTheSurveyIsNotLost()
    {
        await using var mentee = await ProgrammeChat.StartAsync("whatsapp", "en", MatchSetup.MenteeNumber);
        var mentor = mentee.Other("sms", "en", MatchSetup.MentorNumber);
        await MatchSetup.ActiveAsync(mentee, mentor);
        await mentor.SayAsync("end my match", "yes", "2");
        await mentee.DeliverNoticesAsync();
        await mentee.NewRepliesAsync();

        Assert.Equal([Text("match.answer-first"), Text("ended.ask-new-mentor") + "\n1. Yes\n2. No"], await mentee.SayAsync("new mentor"));
        Assert.Equal([Text("ended.looking"), Text("survey.intro-end"), Text("survey.ask-rating")], await mentee.SayAsync("yes"));
    }

    [Fact]
    public async Task AMenteeWhoSaysNoToANewMentor_AfterARoundProposedThem_HasThatProposalWithdrawn()
    {
        await using var mentee = await ProgrammeChat.StartAsync("whatsapp", "en", MatchSetup.MenteeNumber);
        var mentor = mentee.Other("sms", "en", MatchSetup.MentorNumber);
        await MatchSetup.ActiveAsync(mentee, mentor);
        await mentor.SayAsync("end my match", "yes", "2");
        await mentee.DeliverNoticesAsync();
        await mentee.NewRepliesAsync();
        Guid proposal;
        await using (var db = await mentee.Database.NewContextAsync())
        {
            var now = mentee.Time.GetUtcNow();
            var profile = await db.MenteeProfiles.SingleAsync();
            Assert.Equal(MenteeState.Waiting, profile.State);
            var mentorId = (await db.MentorProfiles.SingleAsync()).PersonId;
            var match = new Match(Guid.NewGuid(), mentorId, profile.PersonId, 50, [new("same-sector", 30)], now, now.AddHours(72));
            db.Matches.Add(match);
            profile.MarkProposed();
            await db.SaveChangesAsync();
            proposal = match.Id;
        }

        Assert.Equal(Text("ended.not-looking"), (await mentee.SayAsync("no"))[0]);

        await using var after = await mentee.Database.NewContextAsync();
        Assert.Equal(MenteeState.Withdrawn, (await after.MenteeProfiles.SingleAsync()).State);
        Assert.Equal(MatchState.Cancelled, (await after.Matches.SingleAsync(m => m.Id == proposal)).State);
    }

    [Fact]
    public async Task GettingStuckOnAQuestionOfMyProfile_ChangesNothing_AndACoordinatorIsAsked()
    {
        await using var mentee = await ProgrammeChat.StartAsync("whatsapp", "en", MatchSetup.MenteeNumber);
        await mentee.SayAsync(MatchSetup.MenteeRequest);
        await mentee.SayAsync("my profile", "2", "1", "!!!", "!!!");

        var replies = await mentee.SayAsync("!!!");

        Assert.Contains(Text("profile.not-saved"), replies);
        await using var db = await mentee.Database.NewContextAsync();
        Assert.Equal("Amal", (await db.People.SingleAsync()).FirstName);
        Assert.Contains("could not be saved", (await db.Cases.SingleAsync()).Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AMenteeOnWebChat_IsNotAskedForANumber_AndBothAreToldACoordinatorHelps()
    {
        await using var mentee = await ProgrammeChat.StartAsync("webchat", "en", "conversation-amal");
        var mentor = mentee.Other("sms", "en", MatchSetup.MentorNumber);
        await MatchSetup.ProposeAsync(mentee, mentor);
        await mentor.SayAsync("1", "yes");
        await mentee.DeliverNoticesAsync();
        await mentee.NewRepliesAsync();

        Assert.Equal([Text("introduction.confirmed-coordinator").Replace("{match-name}", "Jonas", StringComparison.Ordinal)], await mentee.SayAsync("1"));

        await mentee.DeliverNoticesAsync();
        Assert.Equal(["Amal would like to meet you! A coordinator will help you arrange your first meeting."], Texts(await mentor.NewRepliesAsync()));
        await using var db = await mentee.Database.NewContextAsync();
        Assert.Single(await db.Cases.Where(c => c.Kind == CaseKind.Problem).ToListAsync());
    }

    [Fact]
    public async Task AMenteeWhoSaysNoAfterTheMentorAccepted_TheMentorIsTold()
    {
        await using var mentee = await ProgrammeChat.StartAsync("whatsapp", "en", MatchSetup.MenteeNumber);
        var mentor = mentee.Other("sms", "en", MatchSetup.MentorNumber);
        await MatchSetup.ProposeAsync(mentee, mentor);
        await mentor.SayAsync("1", "yes");
        await mentee.DeliverNoticesAsync();
        await mentee.NewRepliesAsync();

        await mentee.SayAsync("2");

        await mentee.DeliverNoticesAsync();
        Assert.Equal(
            ["Jonas, Amal has decided not to start the mentoring this time. Thank you for being ready to help! We will propose someone else to you when someone fits."],
            Texts(await mentor.NewRepliesAsync()));
    }

    [Fact]
    public async Task TheMenu_OffersSomeoneSignedUpWhatTheyCanDoNow_NotTheSignUpAgain()
    {
        await using var mentee = await ProgrammeChat.StartAsync("whatsapp", "en", MatchSetup.MenteeNumber);
        await mentee.SayAsync(MatchSetup.MenteeRequest);

        Assert.Equal(
            ["What would you like to do?\n1. See or change my profile\n2. Finish the mentoring with my partner\n3. Have a break from proposals and check-ins\n4. How does this work?"],
            await mentee.SayAsync("menu"));
        Assert.StartsWith("Amal, this is what we know about you:", Assert.Single(await mentee.SayAsync("1")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ASurveyNoticeForASurveyAlreadyAnswered_SaysNothing()
    {
        await using var mentee = await ProgrammeChat.StartAsync("whatsapp", "en", MatchSetup.MenteeNumber);
        var mentor = mentee.Other("sms", "en", MatchSetup.MentorNumber);
        var matchId = await MatchSetup.ActiveAsync(mentee, mentor);
        mentee.Time.Advance(TimeSpan.FromDays(30));
        await SurveysAsync(mentee);
        await mentee.DeliverNoticesAsync();
        await mentor.NewRepliesAsync();
        await mentor.SayAsync("4", "2", "0");
        await using (var db = await mentee.Database.NewContextAsync())
        {
            var mentorId = (await db.MentorProfiles.SingleAsync()).PersonId;
            await Notice.AddAsync(db, mentorId, MessageKind.Survey, Surveys.SurveyEvent, new { matchId, kind = Surveys.FirstMonth }, mentee.Time.GetUtcNow(), CancellationToken.None);
            await db.SaveChangesAsync();
        }

        await mentee.DeliverNoticesAsync();

        Assert.Empty(await mentor.NewRepliesAsync());
    }

    private static async Task SignUpSaraAsync(ProgrammeChat sara) =>
        await sara.SayAsync([.. MatchSetup.MenteeRequest.Select(answer => answer == "Amal" ? "Sara" : answer)]);

    private static async Task<Guid> ProposeSaraAsync(ProgrammeChat chat, ProgrammeChat mentor)
    {
        await using var db = await chat.Database.NewContextAsync();
        var now = chat.Time.GetUtcNow();
        var mentorId = (await db.MentorProfiles.SingleAsync()).PersonId;
        var sara = await db.People.Include(p => p.MenteeProfile).SingleAsync(p => p.FirstName == "Sara");
        var match = new Match(Guid.NewGuid(), mentorId, sara.Id, 70, [new("same-sector", 30)], now, now.AddHours(72));
        db.Matches.Add(match);
        sara.MenteeProfile!.MarkProposed();
        await Notice.AddAsync(db, mentorId, MessageKind.Proposal, Proposals.ProposalEvent, new { matchId = match.Id }, now, CancellationToken.None);
        await db.SaveChangesAsync();
        return match.Id;
    }

    private static async Task<Guid> ActivateSaraAsync(ProgrammeChat chat)
    {
        await using var db = await chat.Database.NewContextAsync();
        var now = chat.Time.GetUtcNow();
        var mentorId = (await db.MentorProfiles.SingleAsync()).PersonId;
        var sara = await db.People.Include(p => p.MenteeProfile).SingleAsync(p => p.FirstName == "Sara");
        var match = new Match(Guid.NewGuid(), mentorId, sara.Id, 70, [new("same-sector", 30)], now, now.AddHours(72));
        db.Matches.Add(match);
        sara.MenteeProfile!.MarkProposed();
        match.Accept(now.AddMinutes(1));
        match.Confirm(now.AddMinutes(2), TimeSpan.FromDays(14));
        sara.MenteeProfile.MarkMatched();
        await db.SaveChangesAsync();
        return match.Id;
    }

    private static async Task SurveysAsync(ProgrammeChat chat)
    {
        await using var db = await chat.Database.NewContextAsync();
        await new Surveys(db, chat.Time, Options.Create(new ProgrammeOptions())).RequestDueAsync(CancellationToken.None);
    }

    private static async Task CheckInsAsync(ProgrammeChat chat, Func<CheckIns, Task<int>> run)
    {
        await using var db = await chat.Database.NewContextAsync();
        await run(new CheckIns(db, chat.Time, Options.Create(new ProgrammeOptions())));
    }

    private static List<string> Texts(IEnumerable<Mentoring.Conversations.Schema.Activity> replies) => [.. replies.Select(r => r.Text ?? string.Empty)];

    private static string Text(string key) => ProgrammeChat.Catalog.Text("en", key)!.TrimEnd('\n');
}
