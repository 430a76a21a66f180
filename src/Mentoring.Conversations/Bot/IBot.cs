namespace Mentoring.Conversations.Bot;

/// <summary>The bot: what happens in one turn. Named as in the Bot Framework SDK, so a swap is mechanical.</summary>
public interface IBot
{
    Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken);
}
