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
    private readonly bool ownsHost;
    private readonly HashSet<Guid> seen = [];
    private int turn;

    private ProgrammeChat(TestDatabase database, MessagingHost host, bool ownsHost, string channel, string? locale, string? conversation)
    {
        Database = database;
        this.host = host;
        this.ownsHost = ownsHost;
        Channel = channel;
        Locale = locale;
        Conversation = conversation ?? (channel is "sms" or "whatsapp" ? "+4915112345678" : $"conversation-{Guid.NewGuid():N}");
    }

    public FakeTimeProvider Time { get; private init; } = null!;

    /// <summary>What the channel got, once the service runs (<see cref="RunServiceAsync"/>).</summary>
    public RecordingSender Sender { get; private init; } = null!;

    /// <summary>Starts the dispatcher and recorder: from now on the outbox is sent, notices included.</summary>
    public Task RunServiceAsync() => host.StartAsync();

    /// <summary>One run of the outbox sweep.</summary>
    public Task<int> SweepAsync() => host.SweepAsync();

    public TestDatabase Database { get; }

    public string Channel { get; }

    public string? Locale { get; }

    /// <summary>The conversation id: the person's number on SMS and WhatsApp.</summary>
    public string Conversation { get; }

    public static async Task<ProgrammeChat> StartAsync(string channel, string? locale, string? conversation = null)
    {
        var database = new SqliteTestDatabase();
        var time = new FakeTimeProvider(TestPeople.Now);
        var sender = new RecordingSender();
        var host = await MessagingHost.CreateAsync(database, time, sender, new DialogBot(new DialogRunner(Catalog)), configure: services =>
        {
            services.AddSingleton(Catalog);
            services.AddSingleton(TestCodeLists.Real);
            services.AddOptions<ProgrammeOptions>();
            services.AddOptions<MatchingOptions>();
            services.AddMentoringConversations();
            services.AddSingleton<IConfiguration>(new ConfigurationBuilder().Build());
        });
        return new ProgrammeChat(database, host, ownsHost: true, channel, locale, conversation) { Time = time, Sender = sender };
    }

    /// <summary>Someone else talking to the same service, on the same database.</summary>
    public ProgrammeChat Other(string channel, string? locale, string conversation) =>
        new(Database, host, ownsHost: false, channel, locale, conversation) { Time = Time, Sender = Sender };

    /// <summary>Delivers every notice waiting in the outbox (a proposal, an introduction), as the dispatcher does.</summary>
    public Task DeliverNoticesAsync() => host.DeliverNoticesAsync();

    /// <summary>What the service said in this conversation since this was last asked (notices' turns included), in order.</summary>
    public async Task<List<Activity>> NewRepliesAsync()
    {
        await using var db = await Database.NewContextAsync();
        var rows = await db.Outbox.AsNoTracking().Where(o => o.ChannelId == Channel && o.Address == Conversation).ToListAsync();
        var fresh = rows.Where(o => seen.Add(o.Id)).OrderBy(o => o.CreatedAt).ToList();
        return [.. fresh.Where(o => !o.IsEvent).Select(o => ActivityJson.Deserialize(o.Payload)!)];
    }

    /// <summary>One message through the pipeline; the answers its turn committed, in order.</summary>
    public async Task<List<Activity>> SendAsync(string text)
    {
        await NewRepliesAsync();
        await host.RunAsync(new Activity
        {
            Type = ActivityTypes.Message,
            Id = $"{Conversation}-m-{++turn}",
            ChannelId = Channel,
            ServiceUrl = "urn:test",
            Conversation = new() { Id = Conversation },
            From = new() { Id = Conversation },
            Recipient = new() { Id = "bot" },
            Locale = Locale,
            Text = text,
        });
        return await NewRepliesAsync();
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
        if (ownsHost)
        {
            await host.DisposeAsync();
            await Database.DisposeAsync();
        }
    }
}
