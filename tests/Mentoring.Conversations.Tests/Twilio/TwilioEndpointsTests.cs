using System.Net;
using Mentoring.Conversations.Schema;
using Mentoring.Conversations.Twilio;

namespace Mentoring.Conversations.Tests.Twilio;

/// <summary>
/// Twilio's webhooks over real HTTP: a signed message runs one turn and its answer reaches the
/// fake Messages API; anything not signed by the account runs nothing.
/// </summary>
public sealed partial class TwilioEndpointsTests : IAsyncLifetime
{
    private const string Person = "+4915112345678";
    private TwilioHost host = null!;

    public async ValueTask InitializeAsync() => host = await TwilioHost.StartAsync();

    public async ValueTask DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task SignedSms_RunsATurnAsTheSender_AndTheAnswerGoesOutBySms()
    {
        using var response = await host.PostAsync(TwilioEndpoints.MessagesPath, Sms("SM-in-1", "Hallo"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/xml", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("<Response/>", await response.Content.ReadAsStringAsync());
        var activity = Assert.Single(host.Bot.Activities);
        Assert.Equal(
            (ActivityTypes.Message, "SM-in-1", "sms", TwilioChannel.ServiceUrl, Person, Person, TwilioHost.SmsNumber, "Hallo"),
            (activity.Type, activity.Id, activity.ChannelId, activity.ServiceUrl, activity.From?.Id, activity.Conversation?.Id, activity.Recipient?.Id, activity.Text));
        Assert.NotNull(activity.Timestamp);
        var sent = Assert.Single(host.Api.Messages);
        Assert.Equal($"/2010-04-01/Accounts/{TwilioHost.AccountSid}/Messages.json", sent.Path);
        Assert.Equal((TwilioHost.AccountSid, TwilioHost.AuthToken), sent.Credentials);
        Assert.Equal((Person, TwilioHost.SmsNumber, "echo: Hallo"), (sent.Field("To"), sent.Field("From"), sent.Field("Body")));
    }

    [Fact]
    public async Task SignedWhatsApp_RunsATurnOnWhatsApp_AndTheAnswerGoesOutOnWhatsApp()
    {
        var form = Form(
            ("MessageSid", "SM-in-2"), ("AccountSid", TwilioHost.AccountSid), ("From", "whatsapp:" + Person), ("To", "whatsapp:" + TwilioHost.WhatsAppNumber),
            ("Body", "مرحبا"), ("NumMedia", "0"), ("ProfileName", "Amira"), ("WaId", "4915112345678"));

        using var response = await host.PostAsync(TwilioEndpoints.MessagesPath, form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var activity = Assert.Single(host.Bot.Activities);
        Assert.Equal(("whatsapp", Person, "Amira", Person, "مرحبا"), (activity.ChannelId, activity.From?.Id, activity.From?.Name, activity.Conversation?.Id, activity.Text));
        var sent = Assert.Single(host.Api.Messages);
        Assert.Equal(("whatsapp:" + Person, "whatsapp:" + TwilioHost.WhatsAppNumber, "echo: مرحبا"), (sent.Field("To"), sent.Field("From"), sent.Field("Body")));
    }

    [Fact]
    public async Task SameMessageSidTwice_RunsOneTurn_AndAnswersOnce()
    {
        using var first = await host.PostAsync(TwilioEndpoints.MessagesPath, Sms("SM-in-3", "once"));
        using var retry = await host.PostAsync(TwilioEndpoints.MessagesPath, Sms("SM-in-3", "once"));

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (first.StatusCode, retry.StatusCode));
        Assert.Equal("<Response/>", await retry.Content.ReadAsStringAsync());
        Assert.Equal(1, host.Bot.Turns);
        Assert.Single(host.Api.Messages);
    }

    [Fact]
    public async Task MediaOnlyMessage_HasAttachments_AndNoText()
    {
        var form = Form(
            ("MessageSid", "MM-in-4"), ("From", Person), ("To", TwilioHost.SmsNumber), ("Body", string.Empty), ("NumMedia", "2"),
            ("MediaUrl0", "https://api.twilio.com/media/ME1"), ("MediaContentType0", "image/jpeg"),
            ("MediaUrl1", "https://api.twilio.com/media/ME2"), ("MediaContentType1", "audio/ogg"));

        using var response = await host.PostAsync(TwilioEndpoints.MessagesPath, form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var activity = Assert.Single(host.Bot.Activities);
        Assert.Null(activity.Text);
        Assert.Equal(
            [("https://api.twilio.com/media/ME1", "image/jpeg"), ("https://api.twilio.com/media/ME2", "audio/ogg")],
            activity.Attachments!.Select(a => (a.ContentUrl, a.ContentType)));
    }

    [Fact]
    public async Task NumberWithoutCountryCode_IsReadInTheDefaultRegion()
    {
        using var response = await host.PostAsync(TwilioEndpoints.MessagesPath, Form(("MessageSid", "SM-in-5"), ("From", "0151 12345678"), ("Body", "hi")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(Person, Assert.Single(host.Bot.Activities).Conversation?.Id);
    }

    [Fact]
    public async Task AlphanumericSender_IsAnsweredWithEmptyTwiml_AndRunsNoTurn()
    {
        using var response = await host.PostAsync(TwilioEndpoints.MessagesPath, Form(("MessageSid", "SM-in-6"), ("From", "MyBank"), ("Body", "Your code")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("<Response/>", await response.Content.ReadAsStringAsync());
        Assert.Equal(0, host.Bot.Turns);
        Assert.Empty(host.Api.Calls);
    }

    [Fact]
    public async Task LongAnswer_GoesOutAsSeveralSms_InOrder()
    {
        var words = string.Join(' ', Enumerable.Repeat("Wort", 400));

        using var response = await host.PostAsync(TwilioEndpoints.MessagesPath, Sms("SM-in-7", words));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var bodies = host.Api.Messages.Select(m => m.Field("Body")!).ToList();
        Assert.Equal(2, bodies.Count);
        Assert.All(bodies, b => Assert.InRange(b.Length, 1, 1600));
        Assert.Equal("echo: " + words, string.Join(' ', bodies));
    }

    private static List<KeyValuePair<string, string>> Sms(string messageSid, string body) => Form(
        ("ToCountry", "DE"), ("MessageSid", messageSid), ("SmsSid", messageSid), ("AccountSid", TwilioHost.AccountSid), ("From", Person),
        ("To", TwilioHost.SmsNumber), ("Body", body), ("NumMedia", "0"), ("NumSegments", "1"), ("ApiVersion", "2010-04-01"));

    private static List<KeyValuePair<string, string>> Form(params (string Name, string Value)[] fields) =>
        [.. fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value))];
}
