using System.Text.Json.Nodes;
using Mentoring.Conversations.Bot;
using Mentoring.Conversations.Dialogs;
using Mentoring.Conversations.Schema;
using Microsoft.Extensions.DependencyInjection;

namespace Mentoring.Conversations.Tests.Dialogs;

/// <summary>
/// One person talking to a <see cref="DialogBot"/>. Between turns the state is kept only as a JSON
/// string, as the real pipeline saves it, so every turn starts from a parsed copy.
/// </summary>
public sealed class Conversation(DialogCatalog catalog, string channel = "sms", string? locale = "en-GB", params IDialogAction[] actions)
{
    private readonly IServiceProvider services = Services(actions);
    private readonly DialogBot bot = new(new DialogRunner(catalog));

    /// <summary>The state as the pipeline keeps it; a test may set it to start from a given state.</summary>
    public string StateJson { get; set; } = "{}";

    public string? Locale { get; set; } = locale;

    /// <summary>The person's message; the bot's answers.</summary>
    public Task<IReadOnlyList<Activity>> SendAsync(string? text) =>
        TurnAsync(new Activity { Type = ActivityTypes.Message, Text = text });

    /// <summary>The texts of the bot's answers.</summary>
    public async Task<IReadOnlyList<string?>> SayAsync(string? text) => [.. (await SendAsync(text)).Select(reply => reply.Text)];

    public Task<IReadOnlyList<Activity>> JoinAsync() => TurnAsync(new Activity
    {
        Type = ActivityTypes.ConversationUpdate,
        MembersAdded = [new ChannelAccount { Id = "bot" }, new ChannelAccount { Id = "user" }],
    });

    public async Task<IReadOnlyList<Activity>> TurnAsync(Activity activity)
    {
        activity.ChannelId = channel;
        activity.Locale ??= Locale;
        activity.From ??= new ChannelAccount { Id = "user" };
        activity.Recipient ??= new ChannelAccount { Id = "bot" };
        activity.Conversation ??= new ConversationAccount { Id = "conversation" };
        var turn = new TurnContext(activity, JsonNode.Parse(StateJson)!.AsObject(), services);
        await bot.OnTurnAsync(turn, TestContext.Current.CancellationToken);
        StateJson = turn.State.ToJsonString();
        return turn.Replies;
    }

    /// <summary>Runs <see cref="DialogRunner.BeginAsync"/> in a turn of its own, as a job would.</summary>
    public async Task<IReadOnlyList<Activity>> BeginAsync(string flow)
    {
        var activity = new Activity { Type = ActivityTypes.Event, ChannelId = channel, Locale = Locale };
        var turn = new TurnContext(activity, JsonNode.Parse(StateJson)!.AsObject(), services);
        await new DialogRunner(catalog).BeginAsync(turn, flow, TestContext.Current.CancellationToken);
        StateJson = turn.State.ToJsonString();
        return turn.Replies;
    }

    public JsonObject Values => JsonNode.Parse(StateJson)!["values"]!.AsObject();

    private static ServiceProvider Services(IDialogAction[] actions)
    {
        var services = new ServiceCollection();
        foreach (var action in actions)
        {
            services.AddSingleton(action);
        }

        return services.BuildServiceProvider();
    }
}
