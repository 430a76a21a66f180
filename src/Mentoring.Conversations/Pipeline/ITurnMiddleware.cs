using Mentoring.Conversations.Bot;

namespace Mentoring.Conversations.Pipeline;

/// <summary>
/// Something every turn passes through before the bot, in the order the host registers them (the
/// Bot Framework's <c>IMiddleware</c>): a channel's keywords, say, answered without the dialogs.
/// <c>next</c> runs the rest of the turn (the next middleware, after the last one the bot); not
/// calling it ends the turn there; what the middleware writes through the turn's
/// services and state commits with the turn.
/// </summary>
public interface ITurnMiddleware
{
    Task OnTurnAsync(ITurnContext turnContext, Func<CancellationToken, Task> next, CancellationToken cancellationToken);
}
