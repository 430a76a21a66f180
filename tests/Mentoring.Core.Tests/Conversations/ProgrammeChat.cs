using Mentoring.Conversations.Dialogs;
using Mentoring.Conversations.Schema;
using Mentoring.Core.Conversations;
using Mentoring.Core.Programme;
using Mentoring.Core.Tests.Data;
using Mentoring.Core.Tests.Messaging;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Mentoring.Core.Tests.Conversations;

/// <summary>
/// One person talking to the programme's real dialogs and actions, through the turn pipeline, on a
/// real database. The service is never started, so nothing is sent: each turn's answers are the
/// outbox rows it committed, in order, exactly as a channel would get them.
/// </summary>
public sealed class ProgrammeChat : IAsyncDisposable
{
    public static readonly DialogCatalog Catalog = DialogCatalog.Load(Path.Combine(AppContext.BaseDirectory, "dialogs"), MentoringConversation.Schema);

    private readonly MessagingHost host;
    private int turn;

    private ProgrammeChat(TestDatabase database, MessagingHost host, string channel, string? locale)
    {
        Database = database;
        this.host = host;
        Channel = channel;
        Locale = locale;
        Conversation = channel is "sms" or "whatsapp" ? "+4915112345678" : $"conversation-{Guid.NewGuid():N}";
    }

    public TestDatabase Database { get; }

    public string Channel { get; }

    public string? Locale { get; }

    /// <summary>The conversation id: the person's number on SMS and WhatsApp.</summary>
    public string Conversation { get; }

    public static async Task<ProgrammeChat> StartAsync(string channel, string? locale)
    {
        var database = new SqliteTestDatabase();
        var host = await MessagingHost.CreateAsync(database, new FakeTimeProvider(TestPeople.Now), new RecordingSender(), new DialogBot(new DialogRunner(Catalog)), configure: services =>
        {
            services.AddSingleton(Catalog);
            services.AddSingleton(TestCodeLists.Real);
            services.AddOptions<ProgrammeOptions>();
            services.AddSingleton<IConfiguration>(new ConfigurationBuilder().Build());
            services.AddScoped<IDialogAction, SetLanguageAction>();
            services.AddScoped<IDialogAction, RecordConsentAction>();
            services.AddScoped<IDialogAction, RecordReportConsentAction>();
            services.AddScoped<IDialogAction, SaveMenteeAction>();
            services.AddScoped<IDialogAction, SaveMentorAction>();
            services.AddScoped<PersonEraser>();
            services.AddScoped<IDialogAction, ForgetMeAction>();
            services.AddScoped<IDialogAction, ReportProblemAction>();
        });
        return new ProgrammeChat(database, host, channel, locale);
    }

    /// <summary>One message through the pipeline; the answers its turn committed, in order.</summary>
    public async Task<List<Activity>> SendAsync(string text)
    {
        await using var db = await Database.NewContextAsync();
        var before = await db.Outbox.Select(o => o.Id).ToListAsync();
        await host.RunAsync(new Activity
        {
            Type = ActivityTypes.Message,
            Id = $"m-{++turn}",
            ChannelId = Channel,
            ServiceUrl = "urn:test",
            Conversation = new() { Id = Conversation },
            From = new() { Id = Conversation },
            Recipient = new() { Id = "bot" },
            Locale = Locale,
            Text = text,
        });
        var rows = await db.Outbox.AsNoTracking().Where(o => !before.Contains(o.Id)).ToListAsync();
        return [.. rows.OrderBy(o => o.CreatedAt).Select(o => ActivityJson.Deserialize(o.Payload)!)];
    }

    /// <summary>The texts of the answers to each message, the last message's last.</summary>
    public async Task<List<string>> SayAsync(params string[] messages)
    {
        var texts = new List<string>();
        foreach (var message in messages)
        {
            texts = [.. (await SendAsync(message)).Select(a => a.Text ?? string.Empty)];
        }

        return texts;
    }

    public async ValueTask DisposeAsync()
    {
        await host.DisposeAsync();
        await Database.DisposeAsync();
    }
}
