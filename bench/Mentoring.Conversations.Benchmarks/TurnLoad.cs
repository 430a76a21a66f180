using System.Diagnostics;
using System.Net.Http.Json;
using Mentoring.Conversations.Schema;
using Activity = Mentoring.Conversations.Schema.Activity;

namespace Mentoring.Conversations.Benchmarks;

/// <summary>
/// Conversations walking a flow side by side: each sends its next answer only when the bot's
/// reply to the previous one has reached the sink, as a person would. A walk that ends starts
/// again as a new conversation.
/// </summary>
public sealed class TurnLoad(HttpClient client, ReplySink sink, IReadOnlyList<string> answers)
{
    private static readonly TimeSpan ReplyLimit = TimeSpan.FromSeconds(30);

    public async Task<LoadResult> RunAsync(int conversations, TimeSpan duration, string label)
    {
        var stopwatch = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, conversations).Select(w => WalkAsync($"{label}-{w}", stopwatch, duration)).ToList();
        var latencies = (await Task.WhenAll(workers)).SelectMany(l => l).ToList();
        return LoadResult.From(latencies, stopwatch.Elapsed);
    }

    private async Task<List<double>> WalkAsync(string worker, Stopwatch clock, TimeSpan duration)
    {
        var latencies = new List<double>();
        for (var walk = 0; clock.Elapsed < duration; walk++)
        {
            var conversation = $"{worker}-{walk}";
            foreach (var answer in answers)
            {
                if (clock.Elapsed >= duration)
                {
                    break;
                }

                var started = Stopwatch.GetTimestamp();
                var id = Guid.NewGuid().ToString("N");
                var reply = sink.ReplyTo(id);
                using var response = await client.PostAsJsonAsync("/api/messages", Message(id, conversation, worker, answer), ActivityJson.Options);
                response.EnsureSuccessStatusCode();
                await reply.WaitAsync(ReplyLimit);
                latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
        }

        return latencies;
    }

    /// <summary>The floor under every turn: the same clients and host answering <c>GET /health</c>, which does no work.</summary>
    public static async Task<LoadResult> BareAsync(HttpClient client, int clients, TimeSpan duration)
    {
        var stopwatch = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, clients).Select(async _ =>
        {
            var latencies = new List<double>();
            while (stopwatch.Elapsed < duration)
            {
                var started = Stopwatch.GetTimestamp();
                using var response = await client.GetAsync(new Uri("/health", UriKind.Relative));
                response.EnsureSuccessStatusCode();
                latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }

            return latencies;
        }).ToList();
        var all = (await Task.WhenAll(workers)).SelectMany(l => l).ToList();
        return LoadResult.From(all, stopwatch.Elapsed);
    }

    private Activity Message(string id, string conversation, string user, string text) => new()
    {
        Type = ActivityTypes.Message,
        Id = id,
        ChannelId = "emulator",
        ServiceUrl = sink.Address.ToString(),
        From = new() { Id = user, Role = "user" },
        Recipient = new() { Id = "bot", Role = "bot" },
        Conversation = new() { Id = conversation },
        Locale = "en-GB",
        Text = text,
    };
}
