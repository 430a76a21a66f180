using Mentoring.Conversations.Dialogs;
using Mentoring.Core.Data;
using Mentoring.Core.Programme;
using Microsoft.Extensions.Options;

namespace Mentoring.Web.Hosting;

public static class HostRunner
{
    public const string DemoSeedKey = "Demo:Seed";

    /// <summary>
    /// The start-up step: bring the database up to date (or check it), load the demo if asked,
    /// then serve. It runs before the first request, so a bad setting stops the start instead of
    /// failing requests later.
    /// </summary>
    public static async Task<int> RunCommandAsync(this WebApplication app, HostCommand command)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(command);
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Mentoring.Startup");
        var stopping = app.Lifetime.ApplicationStopping;

        // Options validated "on start" are checked here, before anything touches the database.
        app.Services.GetRequiredService<IStartupValidator>().Validate();
        if (!command.Migrate)
        {
            // What serving needs, and a release step that only migrates does not: the channels'
            // settings and the dialogs, checked before the first message can arrive.
            ChannelSettings.Check(app.Services, app.Environment);
            app.Services.GetRequiredService<DialogCatalog>();
        }

        await using (var scope = app.Services.CreateAsyncScope())
        {
            var settings = scope.ServiceProvider.GetRequiredService<StorageSettings>();
            var migrator = scope.ServiceProvider.GetRequiredService<DatabaseMigrator>();
            await migrator.PrepareAsync(command.Migrate || settings.MigratesAtStart, stopping);
            if (command.Migrate)
            {
                logger.LogInformation("Migrated the {Database}.", settings.Describe());
                return 0;
            }

            logger.LogInformation("Using the {Database}.", settings.Describe());
            if (command.Demo || app.Configuration.GetValue<bool>(DemoSeedKey))
            {
                var seeded = await scope.ServiceProvider.GetRequiredService<DemoProgramme>().SeedAsync(stopping);
                logger.LogInformation("Demo programme loaded: {Seeded} (it is loaded only into a database without people).", seeded);
            }
        }

        Jobs.ScheduleRecurringJobs(app.Services);
        await app.RunAsync();
        return 0;
    }
}
