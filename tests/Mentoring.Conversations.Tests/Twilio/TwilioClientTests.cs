using Mentoring.Conversations.Twilio;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Mentoring.Conversations.Tests.Twilio;

/// <summary>The Messages API client against the fake API: authentication, fields, retries and Twilio's errors.</summary>
public sealed class TwilioClientTests : IAsyncLifetime
{
    private const string AccountSid = "AC00000000000000000000000000000002";
    private FakeTwilioApi api = null!;

    public async ValueTask InitializeAsync() => api = await FakeTwilioApi.StartAsync();

    public async ValueTask DisposeAsync() => await api.DisposeAsync();

    [Fact]
    public async Task Send_AuthenticatesWithTheAccountAndItsToken_WhenThereIsNoApiKey()
    {
        using var services = Services();

        var receipt = await Client(services).SendAsync(Message(), CancellationToken.None);

        var call = Assert.Single(api.Calls);
        Assert.Equal($"/2010-04-01/Accounts/{AccountSid}/Messages.json", call.Path);
        Assert.Equal((AccountSid, "token-2"), call.Credentials);
        Assert.Equal(new TwilioMessageReceipt($"SM{1:D32}", "queued"), receipt);
    }

    [Fact]
    public async Task Send_AuthenticatesWithTheApiKey_WhenOneIsSet()
    {
        using var services = Services(("Twilio:ApiKeySid", "SK00000000000000000000000000000002"), ("Twilio:ApiKeySecret", "key-secret"));

        await Client(services).SendAsync(Message(), CancellationToken.None);

        Assert.Equal(("SK00000000000000000000000000000002", "key-secret"), Assert.Single(api.Calls).Credentials);
    }

    [Fact]
    public async Task Send_PostsTheMessagesFieldsAsAForm()
    {
        using var services = Services();

        await Client(services).SendAsync(Message() with { StatusCallback = "https://mentoring.example/api/twilio/status?delivery=7" }, CancellationToken.None);

        var form = Assert.Single(api.Calls).Form;
        Assert.Equal(
            new Dictionary<string, string>
            {
                ["To"] = "+4915112345678",
                ["From"] = "+4930901820",
                ["Body"] = "Guten Tag",
                ["StatusCallback"] = "https://mentoring.example/api/twilio/status?delivery=7",
            },
            form);
    }

    [Fact]
    public async Task Send_RetriesAFailingApi_AndReturnsTheSidOfTheOneMessageSent()
    {
        using var services = Services();
        api.AnswerWithError(500, 20500);

        var receipt = await Client(services).SendAsync(Message(), CancellationToken.None);

        Assert.Equal([500, 201], api.Calls.Select(c => c.Status));
        Assert.Equal(receipt.Sid, $"SM{1:D32}");
        Assert.Single(api.Messages);
    }

    [Fact]
    public async Task Send_GivesUpAfterTheRetries_WithATransientError_WhenTheApiKeepsFailing()
    {
        using var services = Services();
        for (var i = 0; i < 4; i++)
        {
            api.AnswerWith(503, "<html>Service Unavailable</html>");
        }

        var error = await Assert.ThrowsAsync<TwilioException>(() => Client(services).SendAsync(Message(), CancellationToken.None));

        Assert.Equal((503, null, false), (error.Status, error.Code, error.IsPermanent));
        Assert.Equal(4, api.Calls.Count);
        Assert.Empty(api.Messages);
    }

    [Fact]
    public async Task Send_WaitsAsLongAsRetryAfterSays_WhenTwilioIsBusy()
    {
        using var services = Services();
        api.AnswerWithError(429, TwilioErrorCodes.TooManyRequests, retryAfter: TimeSpan.FromSeconds(1));

        await Client(services).SendAsync(Message(), CancellationToken.None);

        var calls = api.Calls;
        Assert.Equal([429, 201], calls.Select(c => c.Status));
        // RetryDelay is 10 ms: only the Retry-After header makes the client wait this long.
        Assert.True(calls[1].At - calls[0].At >= TimeSpan.FromMilliseconds(900));
    }

    [Theory]
    [InlineData(TwilioErrorCodes.OptedOut)]
    [InlineData(TwilioErrorCodes.InvalidNumber)]
    [InlineData(TwilioErrorCodes.OutsideWhatsAppWindow)]
    public async Task Send_DoesNotRetry_AndThrowsAPermanentError_WhenTwilioRefusesTheMessage(int code)
    {
        using var services = Services();
        api.AnswerWithError(400, code);

        var error = await Assert.ThrowsAsync<TwilioException>(() => Client(services).SendAsync(Message(), CancellationToken.None));

        Assert.Equal((400, code, true), (error.Status, error.Code, error.IsPermanent));
        Assert.Single(api.Calls);
        Assert.Contains($"code {code}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Send_MasksNumbersInTwilioMessage()
    {
        using var services = Services();
        api.AnswerWith(400, """{"code":21211,"message":"The 'To' number +4915112345678 is not a valid phone number.","status":400}""");

        var error = await Assert.ThrowsAsync<TwilioException>(() => Client(services).SendAsync(Message(), CancellationToken.None));

        Assert.DoesNotContain("4915112345678", error.Message, StringComparison.Ordinal);
        Assert.Contains("+49•", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Send_ThrowsATransientError_WhenTwilioCannotBeReached()
    {
        var closed = api.BaseUrl.ToString();
        await api.DisposeAsync();
        using var services = Services(("Twilio:ApiBaseUrl", closed));

        var error = await Assert.ThrowsAsync<TwilioException>(() => Client(services).SendAsync(Message(), CancellationToken.None));

        Assert.Equal((null, false), (error.Status, error.IsPermanent));
    }

    [Fact]
    public async Task Send_ThrowsAPermanentError_WhenNoCredentialsAreSet()
    {
        using var services = Services(("Twilio:AuthToken", null));

        var error = await Assert.ThrowsAsync<Mentoring.Conversations.Bot.DeliveryException>(() => Client(services).SendAsync(Message(), CancellationToken.None));

        Assert.True(error.IsPermanent);
        Assert.Contains("Twilio:AccountSid", error.Message, StringComparison.Ordinal);
        Assert.Empty(api.Calls);
    }

    private static TwilioMessage Message() => new("+4915112345678") { From = "+4930901820", Body = "Guten Tag" };

    private static TwilioClient Client(ServiceProvider services) => services.GetRequiredService<TwilioClient>();

    private ServiceProvider Services(params (string Key, string? Value)[] settings)
    {
        var values = new Dictionary<string, string?>
        {
            ["Twilio:AccountSid"] = AccountSid,
            ["Twilio:AuthToken"] = "token-2",
            ["Twilio:ApiBaseUrl"] = api.BaseUrl.ToString(),
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
