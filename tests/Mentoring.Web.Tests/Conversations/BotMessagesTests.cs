using System.Net;
using Mentoring.Conversations.Tests.Hosting;
using Mentoring.Core.Domain;
using Microsoft.EntityFrameworkCore;

namespace Mentoring.Web.Tests.Conversations;

/// <summary>
/// <c>/api/messages</c> in no-auth mode, the whole host on its own database: the sample flow from
/// "hello" to "saved", each reply reaching the connector after commit, and what stays behind.
/// </summary>
public sealed class BotMessagesTests : IAsyncLifetime
{
    private const string ConversationId = "emulator-conversation-1";

    // What the person writes and how each reply starts (en.yaml): a mentee's request from the
    // first message to "we are looking". Emulator renders choices as buttons; answers are by text
    // or number, as people write them.
    private static readonly (string User, string[] Bot)[] Request =
    [
        ("hello", ["Hello! This is the mentoring programme.", "Which language do you want to use?"]),
        ("English", ["What brings you here?"]),
        ("I am looking for a mentor", ["Before we start: we keep your answers", "Is that OK for you?"]),
        ("yes", ["One more question, you can say no."]),
        ("no", ["Thank you! Now I have 11 short questions.", "What is your first name?"]),
        ("Amal", ["Amal, what is your gender?"]),
        ("1", ["Should your mentor be of the same gender as you?"]),
        ("if possible, yes", ["Which languages do you speak?"]),
        ("2 10", ["How well do you speak German?"]),
        ("a little", ["In which area do you want to work?"]),
        ("1", ["What was your job before?"]),
        ("nurse", ["What should your mentor help you with most?"]),
        ("2", ["When are you free to meet?"]),
        ("mon tue evening", ["In which town or part of town do you live?"]),
        ("Nord", ["Is it OK for you to meet online (video call) sometimes?"]),
        ("yes", ["Thank you, Amal! This is what I noted:"]),
        ("yes", ["We are now looking for a mentor for you."]),
    ];

    private readonly MentoringWebFactory factory = new();
    private FakeConnector connector = null!;
    private HttpClient client = null!;
    private BotMessages messages = null!;

    public async ValueTask InitializeAsync()
    {
        connector = await FakeConnector.StartAsync();
        client = factory.CreateClient();
        messages = new BotMessages(client, connector, "emulator", ConversationId);
    }

    public async ValueTask DisposeAsync()
    {
        client.Dispose();
        await factory.DisposeAsync();
        await connector.DisposeAsync();
    }

    [Fact]
    public async Task Messages_WalkAMenteeRequestToTheWaitingList_StoringItExactlyAsAnswered()
    {
        var expected = 0;
        for (var turn = 0; turn < Request.Length; turn++)
        {
            var (user, bot) = Request[turn];
            using var response = await messages.PostAsync(messages.Message($"m-{turn}", user));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);

            // The next answer goes only after this turn's replies arrived, as a person would write.
            var replies = (await messages.RepliesAsync(expected += bot.Length)).Skip(expected - bot.Length).ToList();
            Assert.Equal(bot.Length, replies.Count);
            for (var i = 0; i < bot.Length; i++)
            {
                Assert.Equal(messages.ReplyPath($"m-{turn}"), replies[i].Path);
                Assert.StartsWith(bot[i], replies[i].Activity.Text, StringComparison.Ordinal);
            }
        }

        var all = await messages.RepliesAsync(expected);
        Assert.Equal(expected, all.Count);
        Assert.Equal(["English", "Deutsch", "العربية", "Українська", "Français", "Español"], all[1].Activity.SuggestedActions?.Actions.Select(a => a.Title));
        var summary = all[^2].Activity.Text;
        Assert.Contains("Languages: Arabic, French\nGerman: A little", summary, StringComparison.Ordinal);
        Assert.Contains("Free: Monday, Tuesday evening", summary, StringComparison.Ordinal);
        Assert.Equal(["Yes, that is right", "I want to change something"], all[^2].Activity.SuggestedActions?.Actions.Select(a => a.Title));
        await AssertStoredAsync(messages: Request.Length, replies: expected);
    }

    [Fact]
    public async Task Messages_RunOneTurn_WhenTheSameMessageIdIsPostedTwice()
    {
        using var first = await messages.PostAsync(messages.Message("m-0", "hello"));
        using var again = await messages.PostAsync(messages.Message("m-0", "hello"));

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (first.StatusCode, again.StatusCode));
        Assert.Equal(1, await factory.QueryAsync(db => db.InboundMessages.CountAsync()));
        Assert.Equal(2, await factory.QueryAsync(db => db.Outbox.CountAsync()));

        // The dispatcher sends in the order written, so once the next message's answer is in,
        // anything a second run had written would have arrived before it.
        using var next = await messages.PostAsync(messages.Message("m-1", "English"));
        var replies = await messages.RepliesAsync(3);
        Assert.Equal([messages.ReplyPath("m-0"), messages.ReplyPath("m-0"), messages.ReplyPath("m-1")], replies.Select(r => r.Path));
        Assert.Equal("What brings you here?", replies[2].Activity.Text);
    }

    private async Task AssertStoredAsync(int messages, int replies)
    {
        var state = await factory.QueryAsync(db => db.ConversationStates.SingleAsync());
        Assert.Equal(("emulator", ConversationId), (state.ChannelId, state.ConversationKey));
        var inbound = await factory.QueryAsync(db => db.InboundMessages.Select(m => m.MessageId).ToListAsync());
        Assert.Equal(Enumerable.Range(0, messages).Select(i => $"m-{i}").Order(), inbound.Order());
        await Eventually.GetAsync(
            () => factory.QueryAsync(db => db.Outbox.Select(o => o.State).ToListAsync()),
            states => states.Count == replies && states.All(s => s == OutboxState.Sent),
            $"{replies} outbox rows marked Sent");

        var person = await factory.QueryAsync(db => db.People.Include(p => p.MenteeProfile).Include(p => p.ChannelAddresses).Include(p => p.Consents).SingleAsync());
        Assert.Equal(person.Id, state.PersonId);
        Assert.Equal(("Amal", Gender.Woman, "Nord", "en"), (person.FirstName, person.Gender, person.Town, person.PreferredLanguage));
        Assert.Equal(("emulator", ConversationId), (person.ChannelAddresses.Single().ChannelId, person.ChannelAddresses.Single().Address));
        Assert.Equal(
            [(ConsentPurpose.Matching, true), (ConsentPurpose.Reports, false)],
            person.Consents.OrderBy(c => c.At).ThenBy(c => c.Purpose).Select(c => (c.Purpose, c.Granted)));
        var profile = person.MenteeProfile!;
        Assert.Equal(("healthcare", "nurse", MentoringGoal.QualificationRecognition, GenderPreference.PreferSame, true), (profile.SectorWanted, profile.PreviousProfession, profile.Goal, profile.MentorGenderPreference, profile.RemoteOk));
        Assert.Equal([new LanguageSkill("de", LanguageLevel.Basic), new LanguageSkill("ar", LanguageLevel.Fluent), new LanguageSkill("fr", LanguageLevel.Fluent)], profile.Languages);
        Assert.Equal(WeeklyAvailability.Parse("mon:evening tue:evening"), profile.Availability);
        Assert.Equal(MenteeState.Waiting, profile.State);
        var audit = await factory.QueryAsync(db => db.AuditEntries.SingleAsync());
        Assert.Equal(("bot", "mentee.requested", $"Person/{person.Id}"), (audit.Actor, audit.Action, audit.Subject));
    }
}
