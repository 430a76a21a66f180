using Mentoring.Conversations.Pipeline;
using Mentoring.Core.Domain;
using Mentoring.Core.Tests.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Mentoring.Core.Tests.Messaging;

/// <summary>
/// What the messaging tests share: one clock and one channel for all the hosts of a test, as one
/// world has, and a database of its own per test, written once and run on every provider.
/// </summary>
public abstract class MessagingTests
{
    protected FakeTimeProvider Time { get; } = new(TestPeople.Now);

    protected RecordingSender Sender { get; } = new();

    protected CountingBot Bot { get; } = new();

    protected abstract TestDatabase NewDatabase();

    protected Task<MessagingHost> HostAsync(
        TestDatabase database, CountingBot? bot = null, IInterceptor? interceptor = null, ITurnMiddleware? middleware = null, Action<IServiceCollection>? configure = null) =>
        MessagingHost.CreateAsync(database, Time, Sender, bot ?? Bot, interceptor, middleware, configure);

    protected async Task<MessagingHost> StartedHostAsync(
        TestDatabase database, CountingBot? bot = null, IInterceptor? interceptor = null, ITurnMiddleware? middleware = null, Action<IServiceCollection>? configure = null)
    {
        var host = await HostAsync(database, bot, interceptor, middleware, configure);
        await host.StartAsync();
        return host;
    }

    protected static async Task<List<OutboxMessage>> OutboxAsync(TestDatabase database)
    {
        await using var db = await database.NewContextAsync();
        return await db.Outbox.AsNoTracking().ToListAsync();
    }

    protected static async Task<ConversationState> StateAsync(TestDatabase database)
    {
        await using var db = await database.NewContextAsync();
        return await db.ConversationStates.AsNoTracking().SingleAsync();
    }

    protected static async Task<List<string>> InboundIdsAsync(TestDatabase database)
    {
        await using var db = await database.NewContextAsync();
        return [.. (await db.InboundMessages.Select(m => m.MessageId).ToListAsync()).Order(StringComparer.Ordinal)];
    }

    protected static Task UntilSentAsync(TestDatabase database, int count) =>
        Poll.UntilAsync(async () => (await OutboxAsync(database)).Count(o => o.State == OutboxState.Sent) == count, $"{count} outbox rows are recorded as sent");
}
