using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Mentoring.Conversations.Tests.Twilio;

/// <summary>
/// Twilio's Messages API on loopback (<c>POST /2010-04-01/Accounts/{sid}/Messages.json</c>):
/// records every request, answers from a script, and otherwise accepts the message with 201 and
/// <c>{"sid":"SM…","status":"queued"}</c>. It needs nothing but <see cref="LoopbackHost"/>, so
/// other test projects can link the two files.
/// </summary>
public sealed class FakeTwilioApi : IAsyncDisposable
{
    private readonly ConcurrentQueue<(int Status, string Body, TimeSpan? RetryAfter)> script = new();
    private readonly List<Call> calls = [];
    private LoopbackHost? host;
    private int accepted;

    /// <summary>What <c>Twilio:ApiBaseUrl</c> is set to; it stays known after the server stops.</summary>
    public Uri BaseUrl { get; private set; } = null!;

    /// <summary>Every request, accepted or refused, in the order they came.</summary>
    public IReadOnlyList<Call> Calls
    {
        get
        {
            lock (calls)
            {
                return [.. calls];
            }
        }
    }

    /// <summary>The messages it accepted (answered 2xx): what would have reached people.</summary>
    public IReadOnlyList<Call> Messages => [.. Calls.Where(c => c.Status is >= 200 and < 300)];

    public static async Task<FakeTwilioApi> StartAsync()
    {
        var api = new FakeTwilioApi();
        api.host = await LoopbackHost.StartAsync(_ => { }, app => app.MapPost("/2010-04-01/Accounts/{accountSid}/Messages.json", api.ReceiveAsync));
        api.BaseUrl = api.host.Address;
        return api;
    }

    /// <summary>The next request is answered with this status and body (and Retry-After); later ones as scripted after it.</summary>
    public void AnswerWith(int status, string body, TimeSpan? retryAfter = null) => script.Enqueue((status, body, retryAfter));

    /// <summary>The next request gets Twilio's error JSON, <c>{code, message, more_info, status}</c>.</summary>
    public void AnswerWithError(int status, int code, TimeSpan? retryAfter = null) =>
        AnswerWith(
            status,
            JsonSerializer.Serialize(new { code, message = $"Scripted error {code}", more_info = $"https://www.twilio.com/docs/errors/{code}", status }),
            retryAfter);

    /// <summary>Stops the server; a test may stop it early to make the API unreachable.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref host, null) is { } running)
        {
            await running.DisposeAsync();
        }
    }

    private async Task<IResult> ReceiveAsync(HttpRequest request, HttpResponse response)
    {
        var form = await request.ReadFormAsync();
        var (status, body, retryAfter) = script.TryDequeue(out var scripted) ? scripted : (201, Accepted(), null);
        lock (calls)
        {
            calls.Add(new Call(
                request.Path.Value!,
                request.Headers.Authorization.ToString(),
                form.ToDictionary(f => f.Key, f => f.Value.ToString(), StringComparer.Ordinal),
                status,
                TimeProvider.System.GetUtcNow()));
        }

        if (retryAfter is { } wait)
        {
            response.Headers.RetryAfter = ((int)wait.TotalSeconds).ToString(CultureInfo.InvariantCulture);
        }

        return Results.Content(body, "application/json", Encoding.UTF8, status);
    }

    private string Accepted()
    {
        var n = Interlocked.Increment(ref accepted);
        return JsonSerializer.Serialize(new { sid = $"SM{n:D32}", status = "queued" });
    }

    /// <summary>One request: its path, Authorization header, form fields, the status it got, and when.</summary>
    public sealed record Call(string Path, string Authorization, IReadOnlyDictionary<string, string> Form, int Status, DateTimeOffset At)
    {
        /// <summary>The user name and password of the Basic Authorization header.</summary>
        public (string User, string Password) Credentials
        {
            get
            {
                var decoded = Encoding.UTF8.GetString(Convert.FromBase64String(Authorization["Basic ".Length..]));
                var colon = decoded.IndexOf(':', StringComparison.Ordinal);
                return (decoded[..colon], decoded[(colon + 1)..]);
            }
        }

        public string? Field(string name) => Form.GetValueOrDefault(name);
    }
}
