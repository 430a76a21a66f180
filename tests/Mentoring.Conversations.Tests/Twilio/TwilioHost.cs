using Mentoring.Conversations.Bot;
using Mentoring.Conversations.Pipeline;
using Mentoring.Conversations.Tests.Hosting;
using Mentoring.Conversations.Twilio;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Primitives;

namespace Mentoring.Conversations.Tests.Twilio;

/// <summary>
/// The Twilio channel on loopback as a host wires it, behind a made-up public address (so the
/// signature must be checked against configuration, not the loopback URL): the recording echo
/// bot, turns in memory, answers at a fake Messages API, status reports kept.
/// </summary>
public sealed class TwilioHost : IAsyncDisposable
{
    public const string AccountSid = "AC00000000000000000000000000000001";
    public const string AuthToken = "auth-token-1";
    public const string PublicBaseUrl = "https://mentoring.example";
    public const string SmsNumber = "+4930901820";
    public const string WhatsAppNumber = "+14155238886";

    private readonly LoopbackHost host;

    private TwilioHost(LoopbackHost host, FakeTwilioApi api, RecordingBot bot, RecordingStatusSink sink)
    {
        this.host = host;
        Api = api;
        Bot = bot;
        Sink = sink;
        Client = new HttpClient { BaseAddress = host.Address };
    }

    public FakeTwilioApi Api { get; }

    public RecordingBot Bot { get; }

    public RecordingStatusSink Sink { get; }

    public HttpClient Client { get; }

    /// <summary>Starts the channel; <paramref name="settings"/> replace the defaults of the same key (null removes one).</summary>
    public static async Task<TwilioHost> StartAsync(params (string Key, string? Value)[] settings)
    {
        var api = await FakeTwilioApi.StartAsync();
        var values = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase)
        {
            ["Twilio:AccountSid"] = AccountSid,
            ["Twilio:AuthToken"] = AuthToken,
            ["Twilio:ApiBaseUrl"] = api.BaseUrl.ToString(),
            ["Twilio:SmsFrom"] = SmsNumber,
            ["Twilio:WhatsAppFrom"] = WhatsAppNumber,
            ["Twilio:RetryDelay"] = "00:00:00.010",
            ["PublicBaseUrl"] = PublicBaseUrl,
        };
        foreach (var (key, value) in settings)
        {
            values[key] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var bot = new RecordingBot();
        var sink = new RecordingStatusSink();
        var host = await LoopbackHost.StartAsync(
            services =>
            {
                services.AddTwilio(configuration);
                services.AddSingleton<IBot>(bot);
                services.AddSingleton<ITwilioStatusSink>(sink);
                services.AddSingleton<MemoryTurnStore>();
                services.AddSingleton<ITurnStore>(sp => sp.GetRequiredService<MemoryTurnStore>());
                services.AddProblemDetails();
            },
            app => app.MapTwilio());
        return new TwilioHost(host, api, bot, sink);
    }

    /// <summary>
    /// Posts <paramref name="form"/> to <paramref name="pathAndQuery"/> as Twilio would, signed
    /// for <paramref name="signedUrl"/> (the public URL by default) unless a signature is given.
    /// </summary>
    public async Task<HttpResponseMessage> PostAsync(
        string pathAndQuery, IReadOnlyList<KeyValuePair<string, string>> form, string? signedUrl = null, string? signature = null, bool withSignature = true)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(pathAndQuery, UriKind.Relative)) { Content = new FormUrlEncodedContent(form) };
        if (withSignature)
        {
            request.Headers.Add(TwilioSignature.Header, signature ?? Sign(signedUrl ?? PublicBaseUrl + pathAndQuery, form));
        }

        return await Client.SendAsync(request);
    }

    public static string Sign(string url, IEnumerable<KeyValuePair<string, string>> form) =>
        TwilioSignature.Compute(AuthToken, url, form.Select(f => new KeyValuePair<string, StringValues>(f.Key, f.Value)));

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await host.DisposeAsync();
        await Api.DisposeAsync();
    }
}
