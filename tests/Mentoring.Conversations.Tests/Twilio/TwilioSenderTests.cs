using System.Text.Json;
using Mentoring.Conversations.Bot;
using Mentoring.Conversations.Schema;
using Mentoring.Conversations.Twilio;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Mentoring.Conversations.Tests.Twilio;

/// <summary>How the sender addresses an activity as a Twilio message: who to, who from, what, and where Twilio reports back.</summary>
public sealed class TwilioSenderTests : IAsyncLifetime
{
    private const string Person = "+4915112345678";
    private FakeTwilioApi api = null!;

    public async ValueTask InitializeAsync() => api = await FakeTwilioApi.StartAsync();

    public async ValueTask DisposeAsync() => await api.DisposeAsync();

    [Fact]
    public async Task Send_TextsTheConversationsNumber_FromTheSmsNumber_AndReturnsTheSid()
    {
        using var services = Services();

        var sid = await Sender(services).SendAsync(Reply("sms", "Hallo"), "delivery-1", CancellationToken.None);

        var sent = Assert.Single(api.Messages);
        Assert.Equal((Person, "+4930901820", "Hallo", null), (sent.Field("To"), sent.Field("From"), sent.Field("Body"), sent.Field("MessagingServiceSid")));
        Assert.Equal($"SM{1:D32}", sid);
    }

    [Theory]
    [InlineData("+14155238886")]
    [InlineData("whatsapp:+14155238886")]
    public async Task Send_AddressesWhatsAppWithItsPrefix_OnBothSides(string whatsAppFrom)
    {
        using var services = Services(("Twilio:WhatsAppFrom", whatsAppFrom));

        await Sender(services).SendAsync(Reply("whatsapp", "Hallo"), "delivery-1", CancellationToken.None);

        var sent = Assert.Single(api.Messages);
        Assert.Equal(("whatsapp:" + Person, "whatsapp:+14155238886"), (sent.Field("To"), sent.Field("From")));
    }

    [Fact]
    public async Task Send_UsesTheMessagingService_InsteadOfAFromNumber()
    {
        using var services = Services(("Twilio:MessagingServiceSid", "MG00000000000000000000000000000001"));

        await Sender(services).SendAsync(Reply("sms", "Hallo"), "delivery-1", CancellationToken.None);

        var sent = Assert.Single(api.Messages);
        Assert.Equal(("MG00000000000000000000000000000001", null), (sent.Field("MessagingServiceSid"), sent.Field("From")));
    }

    [Fact]
    public async Task Send_SendsATemplateByContentSid_AndNoBody()
    {
        using var services = Services();
        var activity = Reply("whatsapp", "Ein Vorschlag für dich");
        activity.ChannelData = JsonSerializer.SerializeToElement(new { twilio = new { contentSid = "HX00000000000000000000000000000001", contentVariables = new Dictionary<string, string> { ["1"] = "Amira" } } });

        await Sender(services).SendAsync(activity, "delivery-1", CancellationToken.None);

        var sent = Assert.Single(api.Messages);
        Assert.Equal("HX00000000000000000000000000000001", sent.Field("ContentSid"));
        Assert.Equal("Amira", JsonDocument.Parse(sent.Field("ContentVariables")!).RootElement.GetProperty("1").GetString());
        Assert.Null(sent.Field("Body"));
    }

    [Fact]
    public async Task Send_AsksForStatusCallbacksNamingTheDelivery_WhenThePublicAddressIsKnown()
    {
        using var services = Services(("PublicBaseUrl", "https://mentoring.example/"));

        await Sender(services).SendAsync(Reply("sms", "Hallo"), "outbox 42", CancellationToken.None);

        Assert.Equal("https://mentoring.example/api/twilio/status?delivery=outbox%2042", Assert.Single(api.Messages).Field("StatusCallback"));
    }

    [Fact]
    public async Task Send_AsksForNoStatusCallbacks_WhenThePublicAddressIsUnknown()
    {
        using var services = Services();

        await Sender(services).SendAsync(Reply("sms", "Hallo"), "delivery-1", CancellationToken.None);

        Assert.Null(Assert.Single(api.Messages).Field("StatusCallback"));
    }

    [Fact]
    public async Task Send_WritesButtonsAsANumberedList_WhenABotSentThemAnyway()
    {
        using var services = Services();
        var activity = Reply("sms", "Passt dir Dienstag?");
        activity.SuggestedActions = new SuggestedActions { Actions = [new CardAction { Title = "Ja" }, new CardAction { Value = JsonSerializer.SerializeToElement("Nein") }] };

        await Sender(services).SendAsync(activity, "delivery-1", CancellationToken.None);

        Assert.Equal("Passt dir Dienstag?\n1. Ja\n2. Nein", Assert.Single(api.Messages).Field("Body"));
    }

    [Theory]
    [InlineData("sms", "Twilio:SmsFrom")]
    [InlineData("whatsapp", "Twilio:WhatsAppFrom")]
    public async Task Send_FailsForGood_NamingTheSetting_WhenTheChannelHasNoSender(string channelId, string setting)
    {
        using var services = Services(("Twilio:SmsFrom", null), ("Twilio:WhatsAppFrom", null));

        var error = await Assert.ThrowsAsync<DeliveryException>(() => Sender(services).SendAsync(Reply(channelId, "Hallo"), "delivery-1", CancellationToken.None));

        Assert.True(error.IsPermanent);
        Assert.Contains(setting, error.Message, StringComparison.Ordinal);
        Assert.Empty(api.Calls);
    }

    [Fact]
    public async Task Send_PassesTwilioRefusalOn_AsAPermanentTwilioException()
    {
        using var services = Services();
        api.AnswerWithError(400, TwilioErrorCodes.OptedOut);

        var error = await Assert.ThrowsAsync<TwilioException>(() => Sender(services).SendAsync(Reply("sms", "Hallo"), "delivery-1", CancellationToken.None));

        Assert.Equal((TwilioErrorCodes.OptedOut, true), (error.Code, error.IsPermanent));
    }

    [Theory]
    [InlineData(TwilioChannel.ServiceUrl, true)]
    [InlineData("urn:mentoring:directline", false)]
    [InlineData("https://smba.trafficmanager.net/emea/", false)]
    [InlineData(null, false)]
    public void Delivers_OnlyActivitiesOfTheTwilioChannel(string? serviceUrl, bool expected)
    {
        using var services = Services();

        Assert.Equal(expected, Sender(services).Delivers(new Activity { ServiceUrl = serviceUrl }));
    }

    [Fact]
    public void AddTwilio_RegistersTheSenderAmongTheActivitySenders()
    {
        using var services = Services();

        Assert.Single(services.GetServices<IActivitySender>().OfType<TwilioSender>());
    }

    private static TwilioSender Sender(ServiceProvider services) => services.GetRequiredService<TwilioSender>();

    private static Activity Reply(string channelId, string text) => new()
    {
        Type = ActivityTypes.Message,
        ChannelId = channelId,
        ServiceUrl = TwilioChannel.ServiceUrl,
        Conversation = new ConversationAccount { Id = Person },
        Recipient = new ChannelAccount { Id = Person },
        Text = text,
    };

    private ServiceProvider Services(params (string Key, string? Value)[] settings)
    {
        var values = new Dictionary<string, string?>
        {
            ["Twilio:AccountSid"] = "AC00000000000000000000000000000003",
            ["Twilio:AuthToken"] = "token-3",
            ["Twilio:ApiBaseUrl"] = api.BaseUrl.ToString(),
            ["Twilio:SmsFrom"] = "+4930901820",
            ["Twilio:WhatsAppFrom"] = "+14155238886",
            ["Twilio:RetryDelay"] = "00:00:00.010",
        };
        foreach (var (key, value) in settings)
        {
            values[key] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        return new ServiceCollection().AddLogging().AddTwilio(configuration).BuildServiceProvider();
    }
}
