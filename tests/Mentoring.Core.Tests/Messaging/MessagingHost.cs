using Mentoring.Conversations.Bot;
using Mentoring.Conversations.Pipeline;
using Mentoring.Conversations.Schema;
using Mentoring.Conversations.Twilio;
using Mentoring.Core.Data;
using Mentoring.Core.Domain;
using Mentoring.Core.Jobs;
using Mentoring.Core.Messaging;
using Mentoring.Core.Tests.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Mentoring.Core.Tests.Messaging;

/// <summary>
/// One instance of the service as far as messaging goes: its own store, dispatcher, recorder and
/// lease owner, on a database and a clock it shares with the others. Two of them are two hosts;
/// one never started is a host that crashed after its commits, before it sent anything.
/// </summary>
public sealed class MessagingHost : IAsyncDisposable
{
    private readonly ServiceProvider services;
    private IHostedService[] started = [];

    private MessagingHost(ServiceProvider services) => this.services = services;

    public ITurnStore Store => services.GetRequiredService<ITurnStore>();

    public static async Task<MessagingHost> CreateAsync(TestDatabase database, TimeProvider time, IActivitySender sender, IBot bot, IInterceptor? interceptor = null, ITurnMiddleware? middleware = null, Action<IServiceCollection>? configure = null)
    {
        // The first context migrates the database, so every host finds it ready.
        await using (await database.NewContextAsync())
        {
        }

        var services = new ServiceCollection();
        services
            .AddLogging()
            .AddSingleton(time)

            // As the host builds them: with the services' interceptors (the outbox's signal), and
            // the test's own one after them.
            .AddSingleton(sp => StorageServiceCollectionExtensions.CreateOptions(
                database.Settings, interceptors: [.. sp.GetServices<IInterceptor>(), .. interceptor is null ? Array.Empty<IInterceptor>() : [interceptor]]))
            .AddScoped(sp => StorageServiceCollectionExtensions.CreateContext(database.Provider, sp.GetRequiredService<DbContextOptions>()))
            .AddSingleton(bot)
            .AddSingleton(sender)
            .AddMentoringMessaging();
        if (middleware is not null)
        {
            services.AddSingleton(middleware);
        }

        configure?.Invoke(services);
        return new MessagingHost(services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true }));
    }

    /// <summary>Writes in one transaction of this host, as a job does: what it adds to the outbox is sent after the commit.</summary>
    public async Task WriteAsync(Action<MentoringDbContext> write)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MentoringDbContext>();
        write(db);
        await db.SaveChangesAsync();
    }

    /// <summary>Every notice (event) waiting in the outbox, delivered as the dispatcher does and recorded as sent.</summary>
    public async Task DeliverNoticesAsync()
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MentoringDbContext>();
        var notices = (await db.Outbox.Where(o => o.State == OutboxState.Pending).ToListAsync()).Where(o => o.IsEvent).OrderBy(o => o.CreatedAt).ToList();
        foreach (var notice in notices)
        {
            await scope.ServiceProvider.GetRequiredService<NoticeDelivery>().DeliverAsync(OutboxWork.From(notice), notice.Payload, CancellationToken.None);
            notice.MarkSent(null, scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow());
        }

        await db.SaveChangesAsync();
    }

    /// <summary>A status callback as the Twilio endpoint hands it over.</summary>
    public async Task ReportAsync(TwilioStatusReport report)
    {
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<ITwilioStatusSink>().RecordAsync(report, CancellationToken.None);
    }

    /// <summary>Starts the recorder and the dispatcher, as the generic host would.</summary>
    public async Task StartAsync()
    {
        started = [.. services.GetServices<IHostedService>()];
        foreach (var service in started)
        {
            await service.StartAsync(CancellationToken.None);
        }
    }

    public Task<TurnResult> RunAsync(Activity activity) =>
        services.GetRequiredService<TurnPipeline>().RunAsync(activity, returnReplies: false, CancellationToken.None);

    /// <summary>One run of the sweep job, in a scope of its own as Hangfire would run it.</summary>
    public async Task<int> SweepAsync()
    {
        await using var scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<OutboxSweepJob>().RunAsync(CancellationToken.None);
    }

    public async ValueTask DisposeAsync()
    {
        // In reverse, as the generic host stops them: the dispatcher first, so that what it sent
        // reaches the recorder before the recorder stops.
        foreach (var service in started.Reverse())
        {
            await service.StopAsync(CancellationToken.None);
        }

        await services.DisposeAsync();
    }
}
