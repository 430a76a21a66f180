using System.Net;
using System.Text;
using Mentoring.Conversations.Bot;
using Mentoring.Conversations.Dialogs;
using Mentoring.Conversations.Schema;
using Mentoring.Conversations.Tests.Twilio;
using Mentoring.Conversations.Twilio;
using Mentoring.Core.Domain;
using Mentoring.Core.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Primitives;
using Microsoft.Extensions.Time.Testing;

namespace Mentoring.Web.Tests.Conversations;

/// <summary>
/// SMS and WhatsApp end to end: a signed Twilio webhook into the whole host, the turn, and the
/// answers out through the Messages API of a fake Twilio on loopback.
/// </summary>
public sealed class TwilioWebhookTests : IAsyncLifetime
{
    private const string AccountSid = "AC0123456789abcdef0123456789abcdef";
    private const string AuthToken = "auth-token-for-tests";
    private const string PublicBase = "https://mentoring.example.org";
    private const string OurNumber = "+4930123456";
    private const string Person = "+4915112345678";
    private const string Greeting = "Hello! This is the mentoring programme.";

    private readonly MentoringWebFactory factory = new();
    private FakeTwilioApi twilio = null!;
    private HttpClient client = null!;
    private int sids;

    public async ValueTask InitializeAsync()
    {
        twilio = await FakeTwilioApi.StartAsync();
        Configure(factory);
        client = factory.CreateClient();
    }

    public async ValueTask DisposeAsync()
    {
        client.Dispose();
        await factory.DisposeAsync();
        await twilio.DisposeAsync();
    }

    [Fact]
    public async Task SignedSms_IsAnsweredThroughTheMessagesApi_WithBasicAuthAndAForm()
    {
        using var response = await PostAsync(Sms("hello"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/xml", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("<Response/>", (await response.Content.ReadAsStringAsync()).Trim());
        var replies = await MessagesAsync(2);
        Assert.All(replies, call =>
        {
            Assert.Equal($"/2010-04-01/Accounts/{AccountSid}/Messages.json", call.Path);
            Assert.Equal((AccountSid, AuthToken), call.Credentials);
            Assert.Equal((Person, OurNumber), (call.Field("To"), call.Field("From")));
        });
        Assert.StartsWith(Greeting, replies[0].Field("Body"), StringComparison.Ordinal);
        Assert.StartsWith("Which language do you want to use?\n1. English\n2. Deutsch\n3. العربية", replies[1].Field("Body"), StringComparison.Ordinal);

        var rows = await SentAsync(2);
        Assert.All(rows, row => Assert.Equal((OutboxState.Sent, Channels.Sms, Person), (row.State, row.ChannelId, row.Address)));
        Assert.Equal(
            rows.OrderBy(r => r.CreatedAt).Select(r => $"{PublicBase}/api/twilio/status?delivery={r.Id:N}"),
            replies.Select(r => r.Field("StatusCallback")));
        Assert.Equal(["SM-1"], await factory.QueryAsync(db => db.InboundMessages.Where(m => m.ChannelId == Channels.Sms).Select(m => m.MessageId).ToListAsync()));
    }

    [Fact]
    public async Task SignedWhatsApp_IsAnsweredOnWhatsApp()
    {
        using var response = await PostAsync(WhatsApp("hello"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var replies = await MessagesAsync(2);
        Assert.All(replies, call => Assert.Equal(("whatsapp:" + Person, "whatsapp:" + OurNumber), (call.Field("To"), call.Field("From"))));
        Assert.StartsWith(Greeting, replies[0].Field("Body"), StringComparison.Ordinal);
        Assert.All(await OutboxAsync(), row => Assert.Equal((Channels.WhatsApp, Person), (row.ChannelId, row.Address)));
    }

    [Fact]
    public async Task AMenteeRequestOverWhatsAppInArabic_IsStoredExactlyAsAnswered()
    {
        // Numbers where the question is a list, Arabic words elsewhere, as a person on a basic phone writes.
        string[] answers =
        [
            "مرحبا", "العربية", "1", "1", "لا", "أمل", "1", "3", "2", "2", "2", "ممرضة", "1", "السبت صباحًا", "شمال المدينة", "نعم", "1",
        ];
        foreach (var answer in answers)
        {
            // Each webhook returns once its turn has committed, so the turns run in this order.
            using var response = await PostAsync(WhatsApp(answer));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        var dialogs = factory.Services.GetRequiredService<DialogCatalog>();
        var last = await Eventually.GetAsync(() => twilio.Messages, calls => calls.Any(c => c.Field("Body") == dialogs.Text("ar", "mentee.looking")), "the Arabic \"we are looking\"");
        Assert.All(last, call => Assert.Equal("whatsapp:" + Person, call.Field("To")));
        var person = await factory.QueryAsync(db => db.People.Include(p => p.MenteeProfile).Include(p => p.ChannelAddresses).Include(p => p.Consents).SingleAsync());
        Assert.Equal(("أمل", Gender.Woman, "شمال المدينة", "ar"), (person.FirstName, person.Gender, person.Town, person.PreferredLanguage));
        Assert.Equal((Channels.WhatsApp, Person), (person.ChannelAddresses.Single().ChannelId, person.ChannelAddresses.Single().Address));
        Assert.True(person.HasConsent(ConsentPurpose.Matching));
        Assert.False(person.HasConsent(ConsentPurpose.Reports));
        var profile = person.MenteeProfile!;
        Assert.Equal(("elderly-care", "ممرضة", MentoringGoal.JobSearch, GenderPreference.RequireSame, true), (profile.SectorWanted, profile.PreviousProfession, profile.Goal, profile.MentorGenderPreference, profile.RemoteOk));
        Assert.Equal([new LanguageSkill("de", LanguageLevel.Basic), new LanguageSkill("ar", LanguageLevel.Fluent)], profile.Languages);
        Assert.Equal(WeeklyAvailability.Parse("sat:morning"), profile.Availability);
    }

    [Fact]
    public async Task ConsentNo_StoresNothingButTheNo()
    {
        foreach (var answer in new[] { "hello", "English", "1", "2" })
        {
            using (await PostAsync(Sms(answer)))
            {
            }
        }

        var replies = await Eventually.GetAsync(() => twilio.Messages, calls => calls.Count >= 6, "the answer to the no");
        Assert.StartsWith("OK, no problem. We have not kept anything about you", replies[^1].Field("Body"), StringComparison.Ordinal);
        var person = await factory.QueryAsync(db => db.People.Include(p => p.MenteeProfile).Include(p => p.MentorProfile).Include(p => p.ChannelAddresses).Include(p => p.Consents).SingleAsync());
        Assert.Equal((null, null, null, null), (person.FirstName, person.Town, person.MenteeProfile, person.MentorProfile));
        Assert.Equal((ConsentPurpose.Matching, false, "en", Channels.Sms), (person.Consents.Single().Purpose, person.Consents.Single().Granted, person.Consents.Single().Language, person.Consents.Single().ChannelId));
        Assert.Equal(Person, person.ChannelAddresses.Single().Address);
        var state = await factory.QueryAsync(db => db.ConversationStates.SingleAsync());
        Assert.DoesNotContain("\"role\"", state.Data, StringComparison.Ordinal);
        Assert.DoesNotContain("consent-choice", state.Data, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StatusCallback_IsStoredOnTheMessage()
    {
        using (await PostAsync(Sms("hello")))
        {
        }

        await MessagesAsync(2);
        var row = (await SentAsync(2)).OrderBy(r => r.CreatedAt).First();
        var status = new Dictionary<string, string> { ["MessageSid"] = row.ProviderMessageId!, ["MessageStatus"] = "delivered", ["AccountSid"] = AccountSid };
        using var answer = await PostAsync(status, $"/api/twilio/status?delivery={row.Id:N}");

        Assert.True(answer.IsSuccessStatusCode);
        Assert.Equal("delivered", (await OutboxAsync()).Single(r => r.Id == row.Id).DeliveryStatus);
    }

    [Theory]
    [InlineData("unsigned")]
    [InlineData("wrong token")]
    [InlineData("changed body")]
    [InlineData("added parameter")]
    [InlineData("other address")]
    public async Task TamperedOrUnsignedRequests_Get403_AndLeaveNoTrace(string tampering)
    {
        var form = Sms("hello");
        var signature = tampering switch
        {
            "unsigned" => null,
            "wrong token" => TwilioSignature.Compute("not-the-token", PublicBase + TwilioEndpoints.MessagesPath, Pairs(form)),
            "other address" => TwilioSignature.Compute(AuthToken, "https://elsewhere.example.org" + TwilioEndpoints.MessagesPath, Pairs(form)),
            _ => TwilioSignature.Compute(AuthToken, PublicBase + TwilioEndpoints.MessagesPath, Pairs(form)),
        };
        if (tampering == "changed body")
        {
            form["Body"] = "something else";
        }
        else if (tampering == "added parameter")
        {
            form["Extra"] = "1";
        }

        using var response = await SendAsync(form, TwilioEndpoints.MessagesPath, signature);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(
            (0, 0, 0),
            await factory.QueryAsync(async db => (await db.InboundMessages.CountAsync(), await db.ConversationStates.CountAsync(), await db.Outbox.CountAsync())));
        Assert.Empty(twilio.Calls);
    }

    [Fact]
    public async Task AWebhookRetriedWithTheSameMessageSid_RunsOneTurn()
    {
        var form = Sms("hello");
        using (await PostAsync(form))
        {
        }

        using var again = await PostAsync(form);

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        await MessagesAsync(2);
        Assert.Equal(2, (await OutboxAsync()).Count);
        Assert.Equal(1, await factory.QueryAsync(db => db.InboundMessages.CountAsync()));
    }

    [Fact]
    public async Task ThreeMessagesFromOneNumberAtOnce_AreAnsweredOneTurnAfterTheOther_InOrder()
    {
        using (await PostAsync(Sms("hello")))
        {
        }

        await MessagesAsync(2);
        var languages = new Dictionary<string, string> { ["English"] = "en", ["Deutsch"] = "de", ["Español"] = "es" };

        var responses = await Task.WhenAll(languages.Keys.Select(name => PostAsync(Sms(name))));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        var answers = (await MessagesAsync(5)).Skip(2).Select(c => c.Field("Body")!).ToList();

        // Whichever ran first chose the language; the two after it were wrong answers to the next
        // question, in that language. Their answers came out in that order, never mixed.
        var dialogs = factory.Services.GetRequiredService<DialogCatalog>();
        var state = await factory.QueryAsync(db => db.ConversationStates.SingleAsync());
        var chosen = languages.Values.Single(code => state.Data.Contains($"\"language\":\"{code}\"", StringComparison.Ordinal));
        Assert.StartsWith(dialogs.Text(chosen, "start.ask-role")!, answers[0], StringComparison.Ordinal);
        Assert.All(answers.Skip(1), a => Assert.StartsWith(dialogs.Text(chosen, "dialog.retry.choice")!, a, StringComparison.Ordinal));
        foreach (var response in responses)
        {
            response.Dispose();
        }
    }

    [Fact]
    public async Task ServerErrorsTwiceThenCreated_DeliversExactlyOneMessage()
    {
        twilio.AnswerWithError(500, 20500);
        twilio.AnswerWithError(503, 20503);

        using (await PostAsync(Sms("hello")))
        {
        }

        var replies = await MessagesAsync(2);
        Assert.Equal(4, twilio.Calls.Count);
        Assert.Single(replies, r => r.Field("Body")!.StartsWith(Greeting, StringComparison.Ordinal));
        Assert.All(await SentAsync(2), row => Assert.Equal((OutboxState.Sent, 1), (row.State, row.Attempts)));
    }

    [Fact]
    public async Task TooManyRequests_IsTriedAgainAfterItsBackoff()
    {
        twilio.AnswerWithError(429, 20429, retryAfter: TimeSpan.FromSeconds(1));

        using (await PostAsync(Sms("hello")))
        {
        }

        await MessagesAsync(2);
        var calls = twilio.Calls;
        Assert.Equal([429, 201, 201], calls.Select(c => c.Status));
        Assert.True(calls[1].At - calls[0].At >= TimeSpan.FromSeconds(0.9), $"retried after {(calls[1].At - calls[0].At).TotalMilliseconds} ms");
    }

    [Fact]
    public async Task OptedOutRefusal_StopsEveryFurtherMessageToTheNumber()
    {
        var personId = await SignedUpAsync(Channels.Sms);
        twilio.AnswerWithError(400, TwilioErrorCodes.OptedOut);

        using (await PostAsync(Sms("hello")))
        {
        }

        await Eventually.GetAsync(OutboxAsync, rows => rows.Count == 2 && rows.All(r => r.State is OutboxState.Failed or OutboxState.Suppressed), "both answers are settled");
        Assert.Single(twilio.Calls);
        Assert.Empty(twilio.Messages);
        Assert.Equal([OutboxState.Failed, OutboxState.Suppressed], (await OutboxAsync()).OrderBy(r => r.CreatedAt).Select(r => r.State));
        var (optedOut, cases) = await factory.QueryAsync(async db => (
            await db.ChannelAddresses.Where(a => a.Address == Person).Select(a => a.OptedOutAt).SingleAsync(),
            await db.Cases.Where(c => c.PersonId == personId).Select(c => c.Kind).ToListAsync()));
        Assert.NotNull(optedOut);
        Assert.Equal([CaseKind.OptedOut], cases);
    }

    [Fact]
    public async Task Stop_OnSms_OptsTheNumberOut_WithoutAnAnswer()
    {
        await SignedUpAsync(Channels.Sms);

        using var response = await PostAsync(Sms("STOP"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull(await factory.QueryAsync(db => db.ChannelAddresses.Where(a => a.Address == Person).Select(a => a.OptedOutAt).SingleAsync()));
        Assert.Empty(await OutboxAsync());
    }

    [Fact]
    public async Task Help_OnSms_AnswersWithTheDialogsHelp()
    {
        using (await PostAsync(Sms("hello")))
        {
        }

        await MessagesAsync(2);
        using (await PostAsync(Sms("HELP")))
        {
        }

        var answers = await MessagesAsync(4);
        var help = answers[2].Field("Body");
        Assert.StartsWith("Which language do you want to use?", answers[3].Field("Body"), StringComparison.Ordinal);
        Assert.StartsWith("You can write these words at any time:", help, StringComparison.Ordinal);
        Assert.Contains("\"exit\" – stop what we are doing", help, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MediaOnly_GetsAPoliteAnswerThatOnlyTextIsRead()
    {
        var form = WhatsApp(string.Empty);
        form["NumMedia"] = "1";
        form["MediaUrl0"] = "https://api.twilio.com/media/ME1";
        form["MediaContentType0"] = "image/jpeg";

        using (await PostAsync(form))
        {
        }

        var replies = await MessagesAsync(3);
        Assert.Equal("I can only read text messages. Please write your answer in words.", replies[0].Field("Body"));
        Assert.StartsWith(Greeting, replies[1].Field("Body"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ACrashBetweenCommitAndSend_StillDeliversOnce_AfterTheRestart()
    {
        // The first instance commits the turn and dies before its send completes.
        var stuck = new StuckSender();
        await using (var crashed = Configure(new MentoringWebFactory().SharingDatabaseWith(factory)).WithServices(s => s.Insert(0, ServiceDescriptor.Singleton<IActivitySender>(stuck))))
        {
            using var crashedClient = crashed.CreateClient();
            using (await PostAsync(Sms("hello"), crashedClient))
            {
            }

            await stuck.Entered.Task.WaitAsync(TimeSpan.FromSeconds(30));
        }

        Assert.Empty(twilio.Calls);
        Assert.All(await OutboxAsync(), row => Assert.Equal(OutboxState.Pending, row.State));

        // The restarted service sweeps once the dead instance's lease ran out.
        var later = new FakeTimeProvider(TimeProvider.System.GetUtcNow() + TimeSpan.FromMinutes(3));
        await using var restarted = Configure(new MentoringWebFactory().SharingDatabaseWith(factory)).WithServices(s => s.AddSingleton<TimeProvider>(later));
        using (restarted.CreateClient())
        {
        }

        await using (var scope = restarted.Services.CreateAsyncScope())
        {
            Assert.Equal(2, await scope.ServiceProvider.GetRequiredService<OutboxSweepJob>().RunAsync(CancellationToken.None));
        }

        await MessagesAsync(2);
        await Eventually.GetAsync(OutboxAsync, rows => rows.All(r => r.State == OutboxState.Sent), "both are recorded as sent");
        await using (var scope = restarted.Services.CreateAsyncScope())
        {
            later.Advance(TimeSpan.FromHours(1));
            Assert.Equal(0, await scope.ServiceProvider.GetRequiredService<OutboxSweepJob>().RunAsync(CancellationToken.None));
        }

        Assert.Equal(2, twilio.Calls.Count);
    }

    private MentoringWebFactory Configure(MentoringWebFactory host) => host
        .With("Twilio:AccountSid", AccountSid)
        .With("Twilio:AuthToken", AuthToken)
        .With("Twilio:SmsFrom", OurNumber)
        .With("Twilio:WhatsAppFrom", "whatsapp:" + OurNumber)
        .With("Twilio:ApiBaseUrl", twilio.BaseUrl.ToString())
        .With("Twilio:RetryDelay", "00:00:00.050")
        .With("PublicBaseUrl", PublicBase);

    private Dictionary<string, string> Sms(string body) => Inbound(Person, OurNumber, body);

    private Dictionary<string, string> WhatsApp(string body)
    {
        var form = Inbound("whatsapp:" + Person, "whatsapp:" + OurNumber, body);
        form["ProfileName"] = "Amal";
        form["WaId"] = Person.TrimStart('+');
        return form;
    }

    private Dictionary<string, string> Inbound(string from, string to, string body) => new()
    {
        ["MessageSid"] = $"SM-{Interlocked.Increment(ref sids)}",
        ["AccountSid"] = AccountSid,
        ["From"] = from,
        ["To"] = to,
        ["Body"] = body,
        ["NumMedia"] = "0",
    };

    private Task<HttpResponseMessage> PostAsync(Dictionary<string, string> form, string path = TwilioEndpoints.MessagesPath) =>
        SendAsync(form, path, TwilioSignature.Compute(AuthToken, PublicBase + path, Pairs(form)));

    private Task<HttpResponseMessage> PostAsync(Dictionary<string, string> form, HttpClient other) =>
        SendAsync(form, TwilioEndpoints.MessagesPath, TwilioSignature.Compute(AuthToken, PublicBase + TwilioEndpoints.MessagesPath, Pairs(form)), other);

    private async Task<HttpResponseMessage> SendAsync(Dictionary<string, string> form, string path, string? signature, HttpClient? other = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new FormUrlEncodedContent(form) };
        if (signature is not null)
        {
            request.Headers.Add(TwilioSignature.Header, signature);
        }

        return await (other ?? client).SendAsync(request, TestContext.Current.CancellationToken);
    }

    private static IEnumerable<KeyValuePair<string, StringValues>> Pairs(Dictionary<string, string> form) =>
        form.Select(pair => new KeyValuePair<string, StringValues>(pair.Key, pair.Value));

    private async Task<IReadOnlyList<FakeTwilioApi.Call>> MessagesAsync(int count)
    {
        await Eventually.GetAsync(() => twilio.Messages.Count, n => n >= count, $"{count} messages reach Twilio");
        Assert.Equal(count, twilio.Messages.Count);
        return twilio.Messages;
    }

    private Task<List<OutboxMessage>> OutboxAsync() => factory.QueryAsync(db => db.Outbox.AsNoTracking().ToListAsync());

    /// <summary>The outbox once <paramref name="count"/> rows are recorded as sent: the record follows the send, in batches.</summary>
    private Task<List<OutboxMessage>> SentAsync(int count) =>
        Eventually.GetAsync(OutboxAsync, rows => rows.Count(r => r.State == OutboxState.Sent) >= count, $"{count} rows recorded as sent");

    /// <summary>Someone who signed up with <see cref="Person"/> on <paramref name="channel"/>.</summary>
    private Task<Guid> SignedUpAsync(string channel) => factory.QueryAsync(async db =>
    {
        var person = new Person(Guid.NewGuid(), "en", "Europe/Berlin", TimeProvider.System.GetUtcNow());
        person.AddChannelAddress(new ChannelAddress(Guid.NewGuid(), channel, Person)).RecordInbound(TimeProvider.System.GetUtcNow(), null);
        db.People.Add(person);
        await db.SaveChangesAsync();
        return person.Id;
    });

    /// <summary>A Twilio that takes the request and never answers: the host dies with the send in flight.</summary>
    private sealed class StuckSender : IActivitySender
    {
        public TaskCompletionSource Entered { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public bool Delivers(Activity activity) => activity.ServiceUrl == TwilioChannel.ServiceUrl;

        public async Task<string?> SendAsync(Activity activity, string deliveryId, CancellationToken cancellationToken)
        {
            Entered.TrySetResult();
            await Task.Delay(Timeout.Infinite, cancellationToken);
            return null;
        }
    }
}
