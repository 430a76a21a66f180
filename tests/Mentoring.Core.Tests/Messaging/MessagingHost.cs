using Mentoring.Conversations.Bot;
using Mentoring.Conversations.Pipeline;
using Mentoring.Conversations.Schema;
using Mentoring.Core.Data;
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

    public static async Task<MessagingHost> CreateAsync(TestDatabase database, TimeProvider time, IActivitySender sender, IBot bot, IInterceptor? interceptor = null)
    {
        // The first context migrates the database, so every host finds it ready.
        await using (await database.NewContextAsync())
        {
        }

        var options = StorageServiceCollectionExtensions.CreateOptions(database.Settings);
        if (interceptor is not null)
        {
            options = new DbContextOptionsBuilder(options).AddInterceptors(interceptor).Options;
        }

        var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton(time)
            .AddScoped(_ => StorageServiceCollectionExtensions.CreateContext(database.Provider, options))
            .AddSingleton(bot)
            .AddSingleton(sender)
            .AddMentoringMessaging()
            .BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        return new MessagingHost(services);
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
