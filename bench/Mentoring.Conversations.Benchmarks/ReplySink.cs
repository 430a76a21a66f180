using System.Collections.Concurrent;
using System.Text.Json;
using Mentoring.Conversations.Schema;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Mentoring.Conversations.Benchmarks;

/// <summary>The serviceUrl the bot answers at: a Bot Connector on loopback that wakes whoever waits for a reply.</summary>
public sealed class ReplySink : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, TaskCompletionSource> waiting = new(StringComparer.Ordinal);
    private WebApplication? app;

    public Uri Address { get; private set; } = null!;

    public static async Task<ReplySink> StartAsync()
    {
        var sink = new ReplySink();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        sink.app = builder.Build();
        sink.app.MapPost("/v3/conversations/{conversationId}/activities/{replyToId}", sink.ReceiveAsync);
        sink.app.MapPost("/v3/conversations/{conversationId}/activities", sink.ReceiveAsync);
        await sink.app.StartAsync();
        sink.Address = new Uri(sink.app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First());
        return sink;
    }

    /// <summary>Completes when the first answer to <paramref name="activityId"/> arrives.</summary>
    public Task ReplyTo(string activityId) => waiting.GetOrAdd(activityId, _ => new(TaskCreationOptions.RunContinuationsAsynchronously)).Task;

    public async ValueTask DisposeAsync()
    {
        if (app is not null)
        {
            await app.DisposeAsync();
        }
    }

    private async Task<IResult> ReceiveAsync(HttpRequest request)
    {
        var activity = await JsonSerializer.DeserializeAsync<Activity>(request.Body, ActivityJson.Options);
        if (activity?.ReplyToId is { } replyTo)
        {
            waiting.GetOrAdd(replyTo, _ => new(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();
        }

        return Results.Json(new { id = Guid.NewGuid().ToString("N") });
    }
}
