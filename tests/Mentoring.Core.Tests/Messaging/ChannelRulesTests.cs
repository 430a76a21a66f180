using System.Text.Json;
using Mentoring.Conversations.Dialogs;
using Mentoring.Conversations.Schema;
using Mentoring.Conversations.Twilio;
using Mentoring.Core.Conversations;
using Mentoring.Core.Domain;
using Mentoring.Core.Messaging;
using Mentoring.Core.Tests.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Mentoring.Core.Tests.Messaging;

/// <summary>
/// The rules for what the service starts (opt-outs, quiet hours, WhatsApp's window and its
/// templates), what a channel's refusal means, status callbacks, and SMS keywords, on a real database.
/// </summary>
public abstract class ChannelRulesTests : MessagingTests
{
    private const string Number = "+4915112345678";

    private static readonly DialogCatalog Catalog = DialogCatalog.Load(Path.Combine(AppContext.BaseDirectory, "dialogs"), MentoringConversation.Schema);

    private static readonly DialogRunner Dialogs = new(Catalog);

    [Fact]
    public async Task ServiceStarted_IsSentRightAfterTheJobCommits_WhenNothingHoldsItBack()
    {
        await using var database = NewDatabase();
        await using var host = await StartedHostAsync(database);
        var person = await PersonAsync(host, Channels.WhatsApp, lastWrote: TimeSpan.FromHours(1));

        await host.WriteAsync(db => db.Outbox.Add(Started(person, Channels.WhatsApp, "You have a proposal.")));

        await UntilSentAsync(database, 1);
        Assert.Equal(["You have a proposal."], Sender.Texts);
        Assert.Null(Sender.Sent[0].ChannelData);
    }

    [Fact]
    public async Task ServiceStarted_IsNeverSent_WhenThePersonOptedOut()
    {
        await using var database = NewDatabase();
        await using var host = await StartedHostAsync(database);
        var person = await PersonAsync(host, Channels.Sms, lastWrote: TimeSpan.FromHours(1), optedOut: true);

        await host.WriteAsync(db => db.Outbox.Add(Started(person, Channels.Sms, "Time for a check-in.", MessageKind.CheckIn)));

        await UntilStateAsync(database, OutboxState.Suppressed);
        Time.Advance(TimeSpan.FromDays(2));
        Assert.Equal(0, await host.SweepAsync());
        Assert.Empty(Sender.Sent);
        Assert.Empty(await CasesAsync(database, CaseKind.DeliveryFailed));
    }

    [Fact]
    public async Task ServiceStarted_WaitsUntilMorningInTheRecipientsTimeZone_WhileAnswersStillGo()
    {
        // 21:30 in Berlin: quiet hours (21:00 to 08:00) until 07:00 UTC the next day.
        Time.SetUtcNow(new DateTimeOffset(2026, 11, 23, 20, 30, 0, TimeSpan.Zero));
        await using var database = NewDatabase();
        await using var host = await StartedHostAsync(database);
        var person = await PersonAsync(host, Channels.Sms, lastWrote: TimeSpan.FromMinutes(5));

        await host.WriteAsync(db => db.Outbox.Add(Started(person, Channels.Sms, "How was your meeting?", MessageKind.CheckIn)));
        await Poll.UntilAsync(async () => (await OutboxAsync(database)).Single().NextAttemptAt > Time.GetUtcNow(), "the check-in is put off");
        await host.RunAsync(Inbound(Channels.Sms, "s-1", "hello"));
        await UntilSentAsync(database, 1);

        var morning = new DateTimeOffset(2026, 11, 24, 7, 0, 0, TimeSpan.Zero);
        var checkIn = (await OutboxAsync(database)).Single(o => o.Kind == MessageKind.CheckIn);
        Assert.Equal((OutboxState.Pending, morning, 0), (checkIn.State, checkIn.NextAttemptAt, checkIn.Attempts));
        Assert.Equal(["1: hello"], Sender.Texts);
        Time.SetUtcNow(morning.AddMinutes(-1));
        Assert.Equal(0, await host.SweepAsync());
        Time.SetUtcNow(morning);
        Assert.Equal(1, await host.SweepAsync());
        await UntilSentAsync(database, 2);
        Assert.Equal(["1: hello", "How was your meeting?"], Sender.Texts);
    }

    [Fact]
    public async Task ServiceStarted_GoesAsItsTemplate_WhenWhatsAppsWindowIsClosed()
    {
        await using var database = NewDatabase();
        await using var host = await StartedHostAsync(database, configure: services => services.Configure<TwilioOptions>(o => o.Templates["Proposal"] = "HXproposal"));
        var person = await PersonAsync(host, Channels.WhatsApp, lastWrote: TimeSpan.FromHours(25));

        await host.WriteAsync(db => db.Outbox.Add(Started(person, Channels.WhatsApp, "Amal would like a mentor.", variables: new { first = "Amal" })));

        await UntilSentAsync(database, 1);
        var twilio = Sender.Sent[0].ChannelData!.Value.GetProperty("twilio");
        Assert.Equal("HXproposal", twilio.GetProperty("contentSid").GetString());
        Assert.Equal("Amal", twilio.GetProperty("contentVariables").GetProperty("first").GetString());
    }

    [Fact]
    public async Task ServiceStarted_IsHeldWithoutATemplate_AndGoesFirstWhenThePersonWritesAgain()
    {
        await using var database = NewDatabase();
        await using var host = await StartedHostAsync(database, middleware: new PhoneChannelMiddleware(Dialogs, Time));
        var person = await PersonAsync(host, Channels.WhatsApp, lastWrote: TimeSpan.FromHours(30));

        await host.WriteAsync(db => db.Outbox.Add(Started(person, Channels.WhatsApp, "Your mentor is Anna.", MessageKind.Introduction)));
        await UntilStateAsync(database, OutboxState.Held);
        Time.Advance(TimeSpan.FromHours(2));
        Assert.Equal(0, await host.SweepAsync());
        Assert.Empty(Sender.Sent);

        await host.RunAsync(Inbound(Channels.WhatsApp, "w-1", "hi"));

        await UntilSentAsync(database, 2);
        Assert.Equal(["Your mentor is Anna.", "1: hi"], Sender.Texts);
        Assert.Equal(Time.GetUtcNow(), (await AddressAsync(database)).LastInboundAt);
    }

    [Fact]
    public async Task OptedOutRefusal_StopsEverythingStartedLater_AndTellsCoordinatorsOnce()
    {
        await using var database = NewDatabase();
        await using var host = await StartedHostAsync(database);
        var person = await PersonAsync(host, Channels.Sms, lastWrote: TimeSpan.FromHours(1));
        Sender.RefuseNextAsTwilio(TwilioErrorCodes.OptedOut);

        await host.WriteAsync(db => db.Outbox.Add(Started(person, Channels.Sms, "first", MessageKind.Nudge)));
        await UntilStateAsync(database, OutboxState.Failed);
        await host.WriteAsync(db => db.Outbox.Add(Started(person, Channels.Sms, "second", MessageKind.Nudge)));
        await UntilStateAsync(database, OutboxState.Suppressed);

        Assert.NotNull((await AddressAsync(database)).OptedOutAt);
        Assert.Equal(person.Id, Assert.Single(await CasesAsync(database, CaseKind.OptedOut)).PersonId);
        Assert.Equal(1, Sender.Attempts);
    }

    [Fact]
    public async Task InvalidNumberRefusal_FailsTheRow_AndOpensACase()
    {
        await using var database = NewDatabase();
        await using var host = await StartedHostAsync(database);
        var person = await PersonAsync(host, Channels.Sms, lastWrote: TimeSpan.FromHours(1));
        Sender.RefuseNextAsTwilio(TwilioErrorCodes.InvalidNumber);

        await host.WriteAsync(db => db.Outbox.Add(Started(person, Channels.Sms, "hello", MessageKind.Nudge)));

        await UntilStateAsync(database, OutboxState.Failed);
        Assert.Equal(person.Id, Assert.Single(await CasesAsync(database, CaseKind.InvalidAddress)).PersonId);
        Assert.Null((await AddressAsync(database)).OptedOutAt);
    }

    [Fact]
    public async Task OutsideWindowRefusal_SendsTheTemplateInstead()
    {
        await using var database = NewDatabase();
        await using var host = await StartedHostAsync(database, configure: services => services.Configure<TwilioOptions>(o => o.Templates["CheckIn"] = "HXcheckin"));
        var person = await PersonAsync(host, Channels.WhatsApp, lastWrote: TimeSpan.FromHours(23));
        Sender.RefuseNextAsTwilio(TwilioErrorCodes.OutsideWhatsAppWindow);

        await host.WriteAsync(db => db.Outbox.Add(Started(person, Channels.WhatsApp, "Did you meet?", MessageKind.CheckIn)));

        await UntilSentAsync(database, 1);
        Assert.Equal("HXcheckin", Sender.Sent[0].ChannelData!.Value.GetProperty("twilio").GetProperty("contentSid").GetString());
        Assert.Equal(2, (await OutboxAsync(database)).Single().Attempts);
    }

    [Fact]
    public async Task OutsideWindowRefusal_HoldsAnAnswerThatHasNoTemplate()
    {
        await using var database = NewDatabase();
        await using var host = await StartedHostAsync(database);
        Sender.RefuseNextAsTwilio(TwilioErrorCodes.OutsideWhatsAppWindow);

        await host.RunAsync(Inbound(Channels.WhatsApp, "w-1", "hello"));

        await UntilStateAsync(database, OutboxState.Held);
        Assert.Empty(Sender.Sent);
    }

    [Fact]
    public async Task FinalRefusal_OpensADeliveryFailedCase_ForThePerson()
    {
        await using var database = NewDatabase();
        await using var host = await StartedHostAsync(database);
        var person = await PersonAsync(host, Channels.Sms, lastWrote: TimeSpan.FromHours(1));
        Sender.RefuseNext(1, permanent: true);

        await host.WriteAsync(db => db.Outbox.Add(Started(person, Channels.Sms, "hello", MessageKind.Survey)));

        await UntilStateAsync(database, OutboxState.Failed);
        var failed = Assert.Single(await CasesAsync(database, CaseKind.DeliveryFailed));
        Assert.Equal(person.Id, failed.PersonId);
        Assert.Contains(RecordingSender.Refusal, failed.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StatusCallbacks_AreStoredOnTheRow_AndNeverGoBackAStage()
    {
        await using var database = NewDatabase();
        await using var host = await StartedHostAsync(database);

        await host.RunAsync(Inbound(Channels.Sms, "s-1", "hello"));
        await UntilSentAsync(database, 1);
        var delivery = Sender.Deliveries.Single();
        await host.ReportAsync(new TwilioStatusReport(delivery, "SMx", "delivered", null));
        await host.ReportAsync(new TwilioStatusReport(delivery, "SMx", "sent", null));
        await host.ReportAsync(new TwilioStatusReport(null, "SMunknown", "failed", 30003));

        var row = (await OutboxAsync(database)).Single();
        Assert.Equal((Guid.ParseExact(delivery, "N"), "delivered"), (row.Id, row.DeliveryStatus));
        Assert.Empty(await CasesAsync(database, CaseKind.DeliveryFailed));
    }

    [Fact]
    public async Task StatusCallback_FindsTheRowByTwilioSid_AndALateOptOutActs()
    {
        await using var database = NewDatabase();
        await using var host = await StartedHostAsync(database);
        var person = await PersonAsync(host, Channels.Sms, lastWrote: TimeSpan.FromHours(1));
        await host.WriteAsync(db => db.Outbox.Add(Started(person, Channels.Sms, "hello", MessageKind.Nudge)));
        await UntilSentAsync(database, 1);

        await host.ReportAsync(new TwilioStatusReport(null, "sid-1", "undelivered", TwilioErrorCodes.OptedOut));

        Assert.Equal("undelivered", (await OutboxAsync(database)).Single().DeliveryStatus);
        Assert.NotNull((await AddressAsync(database)).OptedOutAt);
        Assert.Single(await CasesAsync(database, CaseKind.OptedOut));
    }

    [Fact]
    public async Task StatusCallback_Undelivered_OpensADeliveryFailedCase()
    {
        await using var database = NewDatabase();
        await using var host = await StartedHostAsync(database);
        var person = await PersonAsync(host, Channels.Sms, lastWrote: TimeSpan.FromHours(1));
        await host.WriteAsync(db => db.Outbox.Add(Started(person, Channels.Sms, "hello", MessageKind.Nudge)));
        await UntilSentAsync(database, 1);

        await host.ReportAsync(new TwilioStatusReport(Sender.Deliveries.Single(), "sid-1", "undelivered", 30003));
        await host.ReportAsync(new TwilioStatusReport(Sender.Deliveries.Single(), "sid-1", "undelivered", 30003));

        Assert.Contains("30003", Assert.Single(await CasesAsync(database, CaseKind.DeliveryFailed)).Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StatusCallback_ForAMessageNotYetRecordedAsSent_RecordsItSent_SoItIsNeverSentAgain()
    {
        await using var database = NewDatabase();
        await using var host = await HostAsync(database);

        // The send happened (Twilio took it) but its record never came: only the callback says so.
        await host.RunAsync(Inbound(Channels.Sms, "s-1", "hello"));
        var row = (await OutboxAsync(database)).Single();
        await host.ReportAsync(new TwilioStatusReport(row.Id.ToString("N"), "SM123", "sent", null));

        var recorded = (await OutboxAsync(database)).Single();
        Assert.Equal((OutboxState.Sent, "SM123", "sent"), (recorded.State, recorded.ProviderMessageId, recorded.DeliveryStatus));
        Time.Advance(TimeSpan.FromHours(1));
        Assert.Equal(0, await host.SweepAsync());
    }

    [Fact]
    public async Task Stop_OnSms_OptsOut_TellsCoordinators_AndAnswersNothing()
    {
        await using var database = NewDatabase();
        await using var host = await StartedHostAsync(database, middleware: new PhoneChannelMiddleware(Dialogs, Time));
        var person = await PersonAsync(host, Channels.Sms, lastWrote: TimeSpan.FromHours(1));

        await host.RunAsync(Inbound(Channels.Sms, "s-1", "STOP"));

        Assert.NotNull((await AddressAsync(database)).OptedOutAt);
        Assert.Equal(person.Id, Assert.Single(await CasesAsync(database, CaseKind.OptedOut)).PersonId);
        Assert.Equal(0, Bot.Runs);
        Assert.Empty(await OutboxAsync(database));
    }

    [Fact]
    public async Task Stop_OnWhatsApp_ConfirmsInThePersonsLanguage_AndStart_ResumesIt()
    {
        await using var database = NewDatabase();
        await using var host = await StartedHostAsync(database, middleware: new PhoneChannelMiddleware(Dialogs, Time));
        await PersonAsync(host, Channels.WhatsApp, lastWrote: TimeSpan.FromHours(1));

        await host.RunAsync(Inbound(Channels.WhatsApp, "w-1", "Stop", locale: "de-DE"));
        await UntilSentAsync(database, 1);
        Assert.NotNull((await AddressAsync(database)).OptedOutAt);

        await host.RunAsync(Inbound(Channels.WhatsApp, "w-2", "START", locale: "de-DE"));
        await UntilSentAsync(database, 2);

        Assert.Null((await AddressAsync(database)).OptedOutAt);
        Assert.Equal(
            [Catalog.Text("de", PhoneChannelMiddleware.OptedOutText)!, Catalog.Text("de", PhoneChannelMiddleware.OptedInText)!],
            Sender.Texts);
        Assert.Equal(0, Bot.Runs);
    }

    [Fact]
    public async Task OptInWords_GoToTheDialogs_FromSomeoneWhoNeverOptedOut()
    {
        await using var database = NewDatabase();
        await using var host = await StartedHostAsync(database, middleware: new PhoneChannelMiddleware(Dialogs, Time));
        await PersonAsync(host, Channels.Sms, lastWrote: TimeSpan.FromHours(1));

        await host.RunAsync(Inbound(Channels.Sms, "s-1", "yes"));

        await UntilSentAsync(database, 1);
        Assert.Equal(["1: yes"], Sender.Texts);
        Assert.Empty(await CasesAsync(database, CaseKind.OptedOut));
    }

    [Fact]
    public async Task Stop_FromANumberNobodySignedUpWith_StoresNothingButTheTurn()
    {
        await using var database = NewDatabase();
        await using var host = await StartedHostAsync(database, middleware: new PhoneChannelMiddleware(Dialogs, Time));

        await host.RunAsync(Inbound(Channels.Sms, "s-1", "stop"));

        await using var db = await database.NewContextAsync();
        Assert.Empty(await db.ChannelAddresses.ToListAsync());
        Assert.Empty(await db.Cases.ToListAsync());
        Assert.Equal(0, Bot.Runs);
    }

    private static Activity Inbound(string channel, string id, string text, string? locale = null) => new()
    {
        Type = ActivityTypes.Message,
        Id = id,
        ChannelId = channel,
        ServiceUrl = "urn:test",
        Conversation = new() { Id = Number },
        From = new() { Id = Number },
        Recipient = new() { Id = "+4930123456" },
        Text = text,
        Locale = locale,
    };

    /// <summary>Someone signed up on <paramref name="channel"/> with <see cref="Number"/>, who last wrote <paramref name="lastWrote"/> ago.</summary>
    private async Task<Person> PersonAsync(MessagingHost host, string channel, TimeSpan lastWrote, bool optedOut = false)
    {
        var person = new Person(Guid.NewGuid(), "de", "Europe/Berlin", Time.GetUtcNow());
        var address = person.AddChannelAddress(new ChannelAddress(Guid.NewGuid(), channel, Number));
        address.RecordInbound(Time.GetUtcNow() - lastWrote, null);
        if (optedOut)
        {
            address.OptOut(Time.GetUtcNow() - lastWrote);
        }

        await host.WriteAsync(db => db.People.Add(person));
        return person;
    }

    /// <summary>A message the service starts, as a job writes it (already in words; rendering events is the conversations' part).</summary>
    private OutboxMessage Started(Person person, string channel, string text, MessageKind kind = MessageKind.Proposal, object? variables = null)
    {
        var activity = new Activity
        {
            Type = ActivityTypes.Message,
            ChannelId = channel,
            ServiceUrl = "urn:test",
            Conversation = new() { Id = Number },
            Text = text,
            ChannelData = variables is null ? null : JsonSerializer.SerializeToElement(new { templateVariables = variables }),
        };
        return new OutboxMessage(Guid.NewGuid(), person.Id, channel, Number, kind, ActivityJson.Serialize(activity), Time.GetUtcNow());
    }

    private static Task UntilStateAsync(TestDatabase database, OutboxState state) =>
        Poll.UntilAsync(async () => (await OutboxAsync(database)).Any(o => o.State == state), $"a row is {state}");

    private static async Task<List<Case>> CasesAsync(TestDatabase database, CaseKind kind)
    {
        await using var db = await database.NewContextAsync();
        return await db.Cases.AsNoTracking().Where(c => c.Kind == kind).ToListAsync();
    }

    private static async Task<ChannelAddress> AddressAsync(TestDatabase database)
    {
        await using var db = await database.NewContextAsync();
        return await db.ChannelAddresses.AsNoTracking().SingleAsync(a => a.Address == Number);
    }
}
