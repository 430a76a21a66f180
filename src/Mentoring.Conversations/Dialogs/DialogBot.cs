using Mentoring.Conversations.Bot;
using Mentoring.Conversations.Schema;

namespace Mentoring.Conversations.Dialogs;

/// <summary>
/// A bot that is nothing but its dialogs: messages go to the runtime, a person joining is welcomed
/// once, an event the schema knows starts its flow, anything else is ignored.
/// </summary>
public sealed class DialogBot(DialogRunner runner) : IBot
{
    public Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var activity = turnContext.Activity;
        return activity.Type switch
        {
            ActivityTypes.Message => runner.ContinueAsync(turnContext, cancellationToken),

            // The bot joining is announced too; only a person joining gets the welcome.
            ActivityTypes.ConversationUpdate when activity.MembersAdded?.Exists(member => member.Id != activity.Recipient?.Id) == true
                => runner.WelcomeAsync(turnContext, cancellationToken),
            ActivityTypes.Event when activity.Name is { } name && runner.Catalog.Schema.EventFlows.TryGetValue(name, out var flow)
                => runner.BeginEventAsync(turnContext, flow, cancellationToken),
            _ => Task.CompletedTask,
        };
    }
}
