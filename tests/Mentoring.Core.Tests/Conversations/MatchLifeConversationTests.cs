using Mentoring.Core.Domain;
using Mentoring.Core.Programme;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Mentoring.Core.Tests.Conversations;

/// <summary>
/// The life of a match after it began, in the conversations: "my profile", "end my match", "new
/// mentor", the feedback surveys, and a check-in's reminder and silence, on a real database.
/// </summary>
public sealed class MatchLifeConversationTests
{
    [Fact]
    public async Task MyProfile_ReadsAsTheRequestWasAnswered_AndChangesOneAnswerOnly()
    {
        await using var mentee = await ProgrammeChat.StartAsync("whatsapp", "en", MatchSetup.MenteeNumber);
        var summary = (await mentee.SayAsync(MatchSetup.MenteeRequest[..^1])).Last();
        await mentee.SayAsync("1");
        var before = await ProfileAsync(mentee);

        var profile = Assert.Single(await mentee.SayAsync("my profile"));

        Assert.StartsWith("Amal, this is what we know about you:\n", profile, StringComparison.Ordinal);
        Assert.Equal(Lines(summary)[1..^3], Lines(profile)[1..^3]);
        Assert.Equal(["Is that still right?", "1. Yes, that is right", "2. I want to change something"], Lines(profile)[^3..]);
        Assert.StartsWith(Text("mentee.ask-change"), Assert.Single(await mentee.SayAsync("2")), StringComparison.Ordinal);
        Assert.Equal([Text("mentee.ask-town")], await mentee.SayAsync("10"));
        var changed = Assert.Single(await mentee.SayAsync("Süd"));
        Assert.StartsWith("Thank you! I have changed it. Now it says:\nAmal, Woman;", changed, StringComparison.Ordinal);
        Assert.EndsWith("town: Süd; online is OK: Yes.", changed, StringComparison.Ordinal);

        var after = await ProfileAsync(mentee);
        Assert.Equal(before with { Town = "Süd" }, after);
        await using var db = await mentee.Database.NewContextAsync();
        Assert.Equal("profile.changed", (await db.AuditEntries.OrderBy(a => a.Id).LastAsync()).Action);

        Assert.Single(await mentee.SayAsync("my profile"));
        Assert.Equal([Text("profile.kept")], await mentee.SayAsync("1"));
        Assert.Equal(after, await ProfileAsync(mentee));
    }

    [Fact]
    public async Task MyProfile_ForAVolunteer_ChangesHowManyMenteesTheyTake_AndNothingElse()
    {
        await using var mentor = await ProgrammeChat.StartAsync("sms", "en", MatchSetup.MentorNumber);
        await mentor.SayAsync(MatchSetup.MentorSignUp);

        var profile = Assert.Single(await mentor.SayAsync("my profile"));
        Assert.Equal(
            "Jonas, this is what we know about you:\nGender: Man\nOnly mentees of your gender: It does not matter\nLanguages: German, Arabic\nAreas of work: Health care and nursing\nHelp with: Finding a job\nMentees at the same time: 2\nFree: Monday evening\nTown: Mitte\nOnline is OK: Yes\nIs that still right?\n1. Yes, that is right\n2. I want to change something",
            profile);
        await mentor.SayAsync("2", "7");
        var changed = Assert.Single(await mentor.SayAsync("3"));
        Assert.Contains("mentees: 3;", changed, StringComparison.Ordinal);

        await using var db = await mentor.Database.NewContextAsync();
        var stored = await db.MentorProfiles.SingleAsync();
        Assert.Equal(3, stored.Capacity);
        Assert.Equal(["healthcare"], stored.Sectors);
        Assert.Equal(["de", "ar"], stored.Languages.Select(l => l.Code));
        Assert.Equal(VettingState.Pending, stored.Vetting);
    }

    [Fact]
    public async Task MyProfile_BeforeSigningUp_SaysThereIsNone_AndGoesOnWhereItWas()
    {
        await using var chat = await ProgrammeChat.StartAsync("sms", "en", "+4915100000001");
        await chat.SayAsync("hello");

        var replies = await chat.SayAsync("my profile");

        Assert.Equal(Text("signup.none"), replies[0]);
        Assert.StartsWith(Text("start.ask-language"), replies[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task EndMyMatch_ByTheMentor_TellsTheMentee_WhoChoosesWhetherToWait_AndBothAnswerTheEndSurvey()
    {
        await using var mentee = await ProgrammeChat.StartAsync("whatsapp", "en", MatchSetup.MenteeNumber);
        var mentor = mentee.Other("sms", "en", MatchSetup.MentorNumber);
        var matchId = await MatchSetup.ActiveAsync(mentee, mentor);

        Assert.Equal(["Do you want to end your mentoring with Amal?\n1. Yes\n2. No"], await mentor.SayAsync("end my match"));
        Assert.StartsWith(Text("end.ask-reason") + "\n1. We reached our goal\n2. I do not have time any more", Assert.Single(await mentor.SayAsync("yes")), StringComparison.Ordinal);
        Assert.Equal(
            [Text("end.done").Replace("{my-match-name}", "Amal", StringComparison.Ordinal), Text("survey.intro-end"), Text("survey.ask-rating")],
            await mentor.SayAsync("2"));
        Assert.StartsWith(Text("survey.ask-outcome-mentor") + "\n1. Nothing yet\n2. A job", Assert.Single(await mentor.SayAsync("4")), StringComparison.Ordinal);
        Assert.Equal([Text("survey.ask-comment")], await mentor.SayAsync("2"));
        Assert.Equal([Text("survey.thanks")], await mentor.SayAsync("She found a job in a clinic."));

        await mentee.DeliverNoticesAsync();
        Assert.Equal(
            ["Amal, Jonas has ended your mentoring. Thank you for the time you spent together!", Text("ended.ask-new-mentor") + "\n1. Yes\n2. No"],
            Texts(await mentee.NewRepliesAsync()));
        Assert.Equal([Text("ended.not-looking"), Text("survey.intro-end"), Text("survey.ask-rating")], await mentee.SayAsync("no"));
        Assert.StartsWith(Text("survey.ask-outcome-mentee"), Assert.Single(await mentee.SayAsync("five")), StringComparison.Ordinal);
        await mentee.SayAsync("1");
        Assert.Equal([Text("survey.thanks")], await mentee.SayAsync("0"));

        await using (var db = await mentee.Database.NewContextAsync())
        {
            var match = await db.Matches.SingleAsync(m => m.Id == matchId);
            Assert.Equal(MatchState.Ended, match.State);
            Assert.Equal("mentor: no-time", match.CloseReason);
            Assert.NotNull(match.EndSurveyAt);
            Assert.Equal(MenteeState.Withdrawn, (await db.MenteeProfiles.SingleAsync()).State);
            var feedback = await db.Feedback.OrderBy(f => f.Rating).Select(f => ValueTuple.Create(f.Kind, f.Rating, f.Outcome, f.Comment)).ToListAsync();
            Assert.Equal([(FeedbackKind.End, 4, FeedbackOutcome.Job, "She found a job in a clinic."), (FeedbackKind.End, 5, FeedbackOutcome.NoneYet, (string?)null)], feedback);
            Assert.DoesNotContain(await db.ConversationStates.Select(s => s.Data).ToListAsync(), json => json.Contains("clinic", StringComparison.Ordinal));
        }

        // Out of the list, the mentee can ask to be looked for again; and nothing is left to end.
        Assert.Equal([Text("end.none")], await mentee.SayAsync("end my match"));
        Assert.Equal([Text("ended.ask-new-mentor") + "\n1. Yes\n2. No"], await mentee.SayAsync("new mentor"));
        Assert.Equal([Text("ended.looking")], await mentee.SayAsync("yes"));
        Assert.Equal([Text("newmentor.waiting")], await mentee.SayAsync("new mentor"));
        await using var after = await mentee.Database.NewContextAsync();
        Assert.Equal(MenteeState.Waiting, (await after.MenteeProfiles.SingleAsync()).State);
    }

    [Fact]
    public async Task EndMyMatch_AnsweredNo_ChangesNothing()
    {
        await using var mentee = await ProgrammeChat.StartAsync("whatsapp", "en", MatchSetup.MenteeNumber);
        var mentor = mentee.Other("sms", "en", MatchSetup.MentorNumber);
        var matchId = await MatchSetup.ActiveAsync(mentee, mentor);

        Assert.Equal([Text("end.kept")], await mentor.SayAsync("end my match", "no"));

        await mentee.DeliverNoticesAsync();
        Assert.Empty(await mentee.NewRepliesAsync());
        await using var db = await mentee.Database.NewContextAsync();
        Assert.Equal(MatchState.Active, (await db.Matches.SingleAsync(m => m.Id == matchId)).State);
    }

    [Fact]
    public async Task NewMentor_EndsTheMatchWithTheMenteesWords_AndPutsThemBackInTheList()
    {
        await using var mentee = await ProgrammeChat.StartAsync("whatsapp", "en", MatchSetup.MenteeNumber);
        var mentor = mentee.Other("sms", "en", MatchSetup.MentorNumber);
        Assert.Equal([Text("newmentor.waiting")], await mentee.SayAsync([.. MatchSetup.MenteeRequest, "new mentor"]));
        await mentee.NewRepliesAsync();
        var matchId = await ActiveAfterRequestAsync(mentee, mentor);
        Assert.Equal([Text("newmentor.for-mentees")], await mentor.SayAsync("new mentor"));
        mentee.Time.Advance(TimeSpan.FromDays(20));

        Assert.Equal([Text("newmentor.ask").Replace("{my-match-name}", "Jonas", StringComparison.Ordinal) + "\n1. Yes\n2. No"], await mentee.SayAsync("new mentor"));
        Assert.Equal([Text("newmentor.ask-why")], await mentee.SayAsync("yes"));
        Assert.Equal(
            [Text("newmentor.done").Replace("{my-match-name}", "Jonas", StringComparison.Ordinal), Text("survey.intro-end"), Text("survey.ask-rating")],
            await mentee.SayAsync("We never find a time that suits us both."));

        await mentee.DeliverNoticesAsync();
        Assert.Equal(
            ["Jonas, Amal has ended your mentoring. Thank you for the time you spent together!", Text("survey.intro-end"), Text("survey.ask-rating")],
            Texts(await mentor.NewRepliesAsync()));
        await using var db = await mentee.Database.NewContextAsync();
        var match = await db.Matches.SingleAsync(m => m.Id == matchId);
        Assert.Equal(MatchState.Ended, match.State);
        Assert.Equal("mentee: new-mentor: We never find a time that suits us both.", match.CloseReason);
        var profile = await db.MenteeProfiles.SingleAsync();
        Assert.Equal(MenteeState.Waiting, profile.State);
        Assert.Equal(mentee.Time.GetUtcNow(), profile.WaitingSince);
        Assert.Equal("match.ended", (await db.AuditEntries.OrderBy(a => a.Id).LastAsync(a => a.Action != "mentee.requested")).Action);
    }

    [Fact]
    public async Task AMentorWhoDeletesTheirData_LeavesTheMenteeToldWithoutTheirName()
    {
        await using var mentee = await ProgrammeChat.StartAsync("whatsapp", "en", MatchSetup.MenteeNumber);
        var mentor = mentee.Other("sms", "en", MatchSetup.MentorNumber);
        await MatchSetup.ActiveAsync(mentee, mentor);
        Assert.Contains("Jonas", await MenteeStateAsync(mentee), StringComparison.Ordinal);

        await mentor.SayAsync("delete my data", "yes");

        // The mentee's conversation forgets what it was told about the mentor: name, town, number.
        var remembered = await MenteeStateAsync(mentee);
        Assert.DoesNotContain("Jonas", remembered, StringComparison.Ordinal);
        Assert.DoesNotContain("Mitte", remembered, StringComparison.Ordinal);
        Assert.DoesNotContain(MatchSetup.MentorNumber, remembered, StringComparison.Ordinal);
        await mentee.DeliverNoticesAsync();
        Assert.Equal(
            ["Amal, your mentoring partner has left the programme, so your mentoring has ended. Thank you for the time you spent together!", Text("ended.ask-new-mentor") + "\n1. Yes\n2. No"],
            Texts(await mentee.NewRepliesAsync()));
        Assert.Equal([Text("ended.looking"), Text("survey.intro-end"), Text("survey.ask-rating")], await mentee.SayAsync("yes"));
        await using var db = await mentee.Database.NewContextAsync();
        Assert.Equal(MenteeState.Waiting, (await db.MenteeProfiles.SingleAsync()).State);
    }

    [Fact]
    public async Task TheFirstMonthSurvey_AsksBothSidesOnce_AndReasksAWrongRating()
    {
        await using var mentee = await ProgrammeChat.StartAsync("whatsapp", "en", MatchSetup.MenteeNumber);
        var mentor = mentee.Other("sms", "en", MatchSetup.MentorNumber);
        var matchId = await MatchSetup.ActiveAsync(mentee, mentor);
        mentee.Time.Advance(TimeSpan.FromDays(29));
        Assert.Equal(0, await RunAsync(mentee, surveys => surveys.RequestDueAsync(CancellationToken.None)));
        mentee.Time.Advance(TimeSpan.FromDays(1));

        Assert.Equal(1, await RunAsync(mentee, surveys => surveys.RequestDueAsync(CancellationToken.None)));
        Assert.Equal(0, await RunAsync(mentee, surveys => surveys.RequestDueAsync(CancellationToken.None)));

        await mentee.DeliverNoticesAsync();
        Assert.Equal(
            ["Jonas, you and Amal have been a mentoring pair for a month now. Three short questions help us make the programme better.", Text("survey.ask-rating")],
            Texts(await mentor.NewRepliesAsync()));
        Assert.Equal(2, (await mentee.NewRepliesAsync()).Count);
        Assert.Equal([Text("dialog.retry.number").Replace("{min}", "1", StringComparison.Ordinal).Replace("{max}", "5", StringComparison.Ordinal)], await mentor.SayAsync("7"));
        Assert.Equal([Text("survey.thanks")], await mentor.SayAsync("4", "3", "We practised interviews."));
        Assert.Equal([Text("survey.thanks")], await mentee.SayAsync("5", "1", "0"));

        await using var db = await mentee.Database.NewContextAsync();
        var feedback = await db.Feedback.OrderBy(f => f.Rating).Select(f => ValueTuple.Create(f.MatchId, f.Kind, f.Rating, f.Outcome, f.Comment)).ToListAsync();
        Assert.Equal([(matchId, FeedbackKind.FirstMonth, 4, FeedbackOutcome.TrainingOrInternship, "We practised interviews."), (matchId, FeedbackKind.FirstMonth, 5, FeedbackOutcome.NoneYet, (string?)null)], feedback);
    }

    [Fact]
    public async Task AMatchEndedByACoordinator_GetsTheEndSurveyFromTheJob_Once()
    {
        await using var mentee = await ProgrammeChat.StartAsync("whatsapp", "en", MatchSetup.MenteeNumber);
        var mentor = mentee.Other("sms", "en", MatchSetup.MentorNumber);
        var matchId = await MatchSetup.ActiveAsync(mentee, mentor);
        await using (var db = await mentee.Database.NewContextAsync())
        {
            (await db.Matches.SingleAsync(m => m.Id == matchId)).End(mentee.Time.GetUtcNow(), "coordinator: moved away");
            await db.SaveChangesAsync();
        }

        Assert.Equal(1, await RunAsync(mentee, surveys => surveys.RequestDueAsync(CancellationToken.None)));
        Assert.Equal(0, await RunAsync(mentee, surveys => surveys.RequestDueAsync(CancellationToken.None)));

        await mentee.DeliverNoticesAsync();
        Assert.Equal([Text("survey.intro-end"), Text("survey.ask-rating")], Texts(await mentee.NewRepliesAsync()));
        Assert.Equal([Text("survey.intro-end"), Text("survey.ask-rating")], Texts(await mentor.NewRepliesAsync()));
    }

    [Fact]
    public async Task AnUnansweredCheckIn_IsRemindedOnce_ThenACoordinatorIsAskedToGetInTouch()
    {
        await using var mentee = await ProgrammeChat.StartAsync("whatsapp", "en", MatchSetup.MenteeNumber);
        var mentor = mentee.Other("sms", "en", MatchSetup.MentorNumber);
        var matchId = await MatchSetup.ActiveAsync(mentee, mentor);
        mentee.Time.Advance(TimeSpan.FromDays(14));
        Assert.Equal(1, await CheckInsAsync(mentee, checkIns => checkIns.PromptDueAsync(CancellationToken.None)));
        await mentee.DeliverNoticesAsync();
        var question = Assert.Single(Texts(await mentor.NewRepliesAsync()));
        Assert.Single(await mentee.NewRepliesAsync());

        // The mentee leaves the question; the mentor's stays waiting.
        await mentee.SayAsync("exit");
        mentee.Time.Advance(TimeSpan.FromDays(2));
        Assert.Equal(0, await CheckInsAsync(mentee, checkIns => checkIns.FollowUpSilenceAsync(CancellationToken.None)));
        mentee.Time.Advance(TimeSpan.FromDays(1));
        Assert.Equal(2, await CheckInsAsync(mentee, checkIns => checkIns.FollowUpSilenceAsync(CancellationToken.None)));

        await mentee.DeliverNoticesAsync();
        Assert.Equal([Text("checkin.reminder"), question], Texts(await mentor.NewRepliesAsync()));
        Assert.Equal([Text("checkin.reminder"), question.Replace("Hello Jonas! Did you and Amal", "Hello Amal! Did you and Jonas", StringComparison.Ordinal)], Texts(await mentee.NewRepliesAsync()));
        Assert.Equal([Text("checkin.thanks")], await mentor.SayAsync("1", "We met at the library."));

        mentee.Time.Advance(TimeSpan.FromDays(3));
        Assert.Equal(1, await CheckInsAsync(mentee, checkIns => checkIns.FollowUpSilenceAsync(CancellationToken.None)));
        Assert.Equal(0, await CheckInsAsync(mentee, checkIns => checkIns.FollowUpSilenceAsync(CancellationToken.None)));
        await using var db = await mentee.Database.NewContextAsync();
        var menteeId = (await db.MenteeProfiles.SingleAsync()).PersonId;
        var silence = await db.Cases.SingleAsync(c => c.Kind == CaseKind.Silence);
        Assert.Equal((matchId, menteeId), (silence.MatchId, silence.PersonId));
        Assert.Equal(1, await db.CheckIns.CountAsync(c => c.AnsweredAt != null && c.NudgedAt != null));
    }

    private static async Task<Guid> ActiveAfterRequestAsync(ProgrammeChat mentee, ProgrammeChat mentor)
    {
        await mentor.SayAsync(MatchSetup.MentorSignUp);
        await using (var db = await mentee.Database.NewContextAsync())
        {
            var now = mentee.Time.GetUtcNow();
            var mentorPerson = await db.People.Include(p => p.MentorProfile).SingleAsync(p => p.MentorProfile != null);
            var menteePerson = await db.People.Include(p => p.MenteeProfile).SingleAsync(p => p.MenteeProfile != null);
            mentorPerson.MentorProfile!.Approve("coordinator@test", now);
            var match = new Match(Guid.NewGuid(), mentorPerson.Id, menteePerson.Id, 80, [new("same-sector", 30)], now, now.AddHours(72));
            db.Matches.Add(match);
            menteePerson.MenteeProfile!.MarkProposed();
            match.Accept(now);
            match.Confirm(now, TimeSpan.FromDays(14));
            menteePerson.MenteeProfile.MarkMatched();
            await db.SaveChangesAsync();
            await mentor.NewRepliesAsync();
            return match.Id;
        }
    }

    private sealed record StoredProfile(string? FirstName, Gender Gender, string? Town, string Sector, string? Profession, string Languages, MentoringGoal Goal, string Availability, GenderPreference Preference, bool Remote, MenteeState State, DateTimeOffset WaitingSince);

    private static async Task<StoredProfile> ProfileAsync(ProgrammeChat chat)
    {
        await using var db = await chat.Database.NewContextAsync();
        var person = await db.People.Include(p => p.MenteeProfile).SingleAsync(p => p.MenteeProfile != null);
        var m = person.MenteeProfile!;
        return new(person.FirstName, person.Gender, person.Town, m.SectorWanted, m.PreviousProfession, string.Join(",", m.Languages.Select(l => $"{l.Code}:{l.Level}")), m.Goal, m.Availability.ToString(), m.MentorGenderPreference, m.RemoteOk, m.State, m.WaitingSince);
    }

    private static async Task<string> MenteeStateAsync(ProgrammeChat mentee)
    {
        await using var db = await mentee.Database.NewContextAsync();
        return (await db.ConversationStates.SingleAsync(s => s.ConversationKey == MatchSetup.MenteeNumber && s.ChannelId == "whatsapp")).Data;
    }

    private static async Task<int> RunAsync(ProgrammeChat chat, Func<Surveys, Task<int>> run)
    {
        await using var db = await chat.Database.NewContextAsync();
        return await run(new Surveys(db, chat.Time, Options.Create(new ProgrammeOptions())));
    }

    private static async Task<int> CheckInsAsync(ProgrammeChat chat, Func<CheckIns, Task<int>> run)
    {
        await using var db = await chat.Database.NewContextAsync();
        return await run(new CheckIns(db, chat.Time, Options.Create(new ProgrammeOptions())));
    }

    private static string[] Lines(string text) => text.Split('\n');

    private static List<string> Texts(IEnumerable<Mentoring.Conversations.Schema.Activity> replies) => [.. replies.Select(r => r.Text ?? string.Empty)];

    private static string Text(string key) => ProgrammeChat.Catalog.Text("en", key)!.TrimEnd('\n');
}
