using System.Net;
using Mentoring.Conversations.Twilio;

namespace Mentoring.Conversations.Tests.Twilio;

public sealed partial class TwilioEndpointsTests
{
    [Theory]
    [InlineData("unsigned")]
    [InlineData("wrong-signature")]
    [InlineData("tampered-parameter")]
    [InlineData("added-parameter")]
    [InlineData("loopback-url")]
    [InlineData("other-query")]
    public async Task NotSignedByTheAccount_Answers403_AndRunsNoTurn(string flaw)
    {
        var form = Sms("SM-bad-1", "hi");
        var signature = TwilioHost.Sign(TwilioHost.PublicBaseUrl + TwilioEndpoints.MessagesPath, form);
        var path = TwilioEndpoints.MessagesPath;
        switch (flaw)
        {
            case "wrong-signature":
                signature = TwilioSignature.Compute("another-token", TwilioHost.PublicBaseUrl + path, null);
                break;
            case "tampered-parameter":
                form[form.FindIndex(f => f.Key == "Body")] = new("Body", "STOP");
                break;
            case "added-parameter":
                form.Add(new("OptOutType", "STOP"));
                break;
            case "loopback-url":
                signature = TwilioHost.Sign(new Uri(host.Client.BaseAddress!, path).ToString(), form);
                break;
            case "other-query":
                path += "?tenant=other";
                break;
        }

        using var response = await host.PostAsync(path, form, signature: signature, withSignature: flaw != "unsigned");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(0, host.Bot.Turns);
        Assert.Empty(host.Api.Calls);
    }

    [Theory]
    [InlineData("https://mentoring.example:443")]
    [InlineData("https://mentoring.example")]
    public async Task SignatureForThePublicUrlWithOrWithoutItsDefaultPort_IsAccepted(string signedBase)
    {
        var form = Sms("SM-port-1", "hi");

        using var response = await host.PostAsync(TwilioEndpoints.MessagesPath, form, signedUrl: signedBase + TwilioEndpoints.MessagesPath);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1, host.Bot.Turns);
    }

    [Fact]
    public async Task PublicBaseUrlWithItsDefaultPort_AcceptsASignatureWithoutIt()
    {
        await using var withPort = await TwilioHost.StartAsync(("PublicBaseUrl", "https://mentoring.example:443/"));

        using var response = await withPort.PostAsync(TwilioEndpoints.MessagesPath, Sms("SM-port-2", "hi"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1, withPort.Bot.Turns);
    }

    [Fact]
    public async Task NoAuthToken_RefusesEveryWebhook()
    {
        await using var unconfigured = await TwilioHost.StartAsync(("Twilio:AuthToken", null), ("Twilio:ApiKeySid", "SK1"), ("Twilio:ApiKeySecret", "secret"));

        using var response = await unconfigured.PostAsync(TwilioEndpoints.MessagesPath, Sms("SM-none-1", "hi"));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(0, unconfigured.Bot.Turns);
    }

    [Fact]
    public async Task NoPublicBaseUrl_ChecksTheSignatureAgainstTheRequestsOwnUrl()
    {
        await using var direct = await TwilioHost.StartAsync(("PublicBaseUrl", null));
        var url = new Uri(direct.Client.BaseAddress!, TwilioEndpoints.MessagesPath).ToString();

        using var response = await direct.PostAsync(TwilioEndpoints.MessagesPath, Sms("SM-direct-1", "hi"), signedUrl: url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1, direct.Bot.Turns);
    }

    [Theory]
    [InlineData("MessageSid")]
    [InlineData("From")]
    public async Task SignedMessageWithoutMessageSidOrFrom_Answers400_AndRunsNoTurn(string missing)
    {
        var form = Sms("SM-bad-2", "hi");
        form.RemoveAll(f => f.Key == missing);

        using var response = await host.PostAsync(TwilioEndpoints.MessagesPath, form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(0, host.Bot.Turns);
    }

    [Fact]
    public async Task BodyThatIsNoForm_Answers400()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(TwilioEndpoints.MessagesPath, UriKind.Relative))
        {
            Content = new StringContent("""{"MessageSid":"SM1"}""", System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.Add(TwilioSignature.Header, "c2lnbmF0dXJl");

        using var response = await host.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(0, host.Bot.Turns);
    }

    [Fact]
    public async Task OversizedBody_Answers413_AndRunsNoTurn()
    {
        var form = Sms("SM-big-1", new string('x', 70 * 1024));

        using var response = await host.PostAsync(TwilioEndpoints.MessagesPath, form);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(0, host.Bot.Turns);
    }
}
