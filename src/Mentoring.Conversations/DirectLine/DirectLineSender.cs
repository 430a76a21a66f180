using Mentoring.Conversations.Bot;
using Mentoring.Conversations.Schema;
using Microsoft.Extensions.DependencyInjection;

namespace Mentoring.Conversations.DirectLine;

/// <summary>
/// Delivers the bot's answers on Direct Line by adding them to the transcript clients poll. The
/// transcript is resolved only for a Direct Line answer: the dispatcher asks every sender whether
/// it delivers an activity, and most are not for this one.
/// </summary>
public sealed class DirectLineSender(IServiceProvider services) : IActivitySender
{
    public bool Delivers(Activity activity) => activity?.ServiceUrl == DirectLineChannel.ServiceUrl;

    public async Task<string?> SendAsync(Activity activity, string deliveryId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var transcript = services.GetRequiredService<IDirectLineTranscript>();
        var conversationId = activity.Conversation?.Id ?? throw new DeliveryException("A Direct Line answer needs a conversation.", isPermanent: true);
        return await transcript.AppendAsync(conversationId, activity, cancellationToken)
            ?? throw new DeliveryException("The Direct Line conversation is gone.", isPermanent: true);
    }
}
