using Mentoring.Conversations.Schema;

namespace Mentoring.Conversations.Bot;

/// <summary>
/// Delivers activities the outbox holds, for the channels it serves. A channel is told apart by
/// the activity's <c>serviceUrl</c>, not its channel id: Azure's own Direct Line and SMS channels
/// use the same ids as the service's self-hosted ones.
/// </summary>
public interface IActivitySender
{
    bool Delivers(Activity activity);

    /// <summary>
    /// Sends one activity; returns the id the channel gave it, if it said. Throws
    /// <see cref="DeliveryException"/> when the channel refused it. <paramref name="deliveryId"/>
    /// names this delivery (the outbox row) for channels that report back on it later, such as
    /// Twilio's status callbacks.
    /// </summary>
    Task<string?> SendAsync(Activity activity, string deliveryId, CancellationToken cancellationToken);
}
