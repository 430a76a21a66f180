using System.Net;
using Mentoring.Conversations.Twilio;

namespace Mentoring.Conversations.Tests.Twilio;

public sealed partial class TwilioEndpointsTests
{
    private const string StatusUrl = TwilioEndpoints.StatusPath + "?delivery=outbox-42";

    [Fact]
    public async Task StatusCallback_ReachesTheSink_WithDeliveryStatusAndErrorCode()
    {
        var form = Form(
            ("MessageSid", "SM-out-1"), ("MessageStatus", "undelivered"), ("ErrorCode", "30003"), ("AccountSid", TwilioHost.AccountSid),
            ("To", Person), ("From", TwilioHost.SmsNumber), ("SmsStatus", "undelivered"));

        using var response = await host.PostAsync(StatusUrl, form);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        var report = Assert.Single(host.Sink.Reports);
        Assert.Equal(new TwilioStatusReport("outbox-42", "SM-out-1", "undelivered", 30003), report);
        Assert.True(report.IsFailure);
    }

    [Fact]
    public async Task StatusCallbackWithoutErrorCodeOrDelivery_ReachesTheSinkWithNulls()
    {
        using var response = await host.PostAsync(TwilioEndpoints.StatusPath, Form(("MessageSid", "SM-out-2"), ("MessageStatus", "delivered")));

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal(new TwilioStatusReport(null, "SM-out-2", "delivered", null), Assert.Single(host.Sink.Reports));
    }

    [Theory]
    [InlineData("unsigned")]
    [InlineData("delivery-changed")]
    public async Task StatusCallbackNotSignedForItsUrl_Answers403_AndLeavesTheSinkAlone(string flaw)
    {
        var form = Form(("MessageSid", "SM-out-3"), ("MessageStatus", "delivered"));
        var signature = TwilioHost.Sign(TwilioHost.PublicBaseUrl + StatusUrl, form);
        var path = flaw == "delivery-changed" ? TwilioEndpoints.StatusPath + "?delivery=outbox-43" : StatusUrl;

        using var response = await host.PostAsync(path, form, signature: signature, withSignature: flaw != "unsigned");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Empty(host.Sink.Reports);
    }

    [Theory]
    [InlineData("MessageSid")]
    [InlineData("MessageStatus")]
    public async Task StatusCallbackWithoutMessageSidOrStatus_Answers400(string missing)
    {
        var form = Form(("MessageSid", "SM-out-4"), ("MessageStatus", "sent"));
        form.RemoveAll(f => f.Key == missing);

        using var response = await host.PostAsync(StatusUrl, form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(host.Sink.Reports);
    }
}
