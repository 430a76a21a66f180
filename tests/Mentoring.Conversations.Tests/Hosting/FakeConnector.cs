using System.Collections.Concurrent;
using System.Text.Json;
using Mentoring.Conversations.Schema;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Mentoring.Conversations.Tests.Hosting;

/// <summary>A Bot Connector on loopback: records what the bot posts, answers with scripted statuses.</summary>
public sealed class FakeConnector : IAsyncDisposable
{
    private readonly ConcurrentQueue<int> statuses = new();
    private LoopbackHost? host;

    public ConcurrentQueue<(string Path, string? Authorization, Activity Activity)> Received { get; } = new();

    public Uri ServiceUrl => host!.Address;

    private int calls;

    public int Calls => calls;

    public static async Task<FakeConnector> StartAsync()
    {
        var connector = new FakeConnector();
        connector.host = await LoopbackHost.StartAsync(_ => { }, app => app.MapPost("/v3/conversations/{**rest}", connector.ReceiveAsync));
        return connector;
    }

    /// <summary>The next calls answer with these statuses; after them, 200.</summary>
    public void AnswerWith(params int[] codes)
    {
        foreach (var code in codes)
        {
            statuses.Enqueue(code);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (host is not null)
        {
            await host.DisposeAsync();
        }
    }

    private async Task<IResult> ReceiveAsync(HttpRequest request)
    {
        var call = Interlocked.Increment(ref calls);
        var activity = await JsonSerializer.DeserializeAsync<Activity>(request.Body, ActivityJson.Options);
        if (statuses.TryDequeue(out var status) && status != 200)
        {
            return Results.Json(new { error = new { code = "ServiceError", message = "scripted" } }, statusCode: status);
        }

        Received.Enqueue((request.Path.Value!, request.Headers.Authorization.ToString(), activity!));
        return Results.Json(new { id = $"reply-{call}" });
    }
}
