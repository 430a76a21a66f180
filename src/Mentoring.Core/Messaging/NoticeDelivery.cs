using System.Text.Json;
using System.Text.Json.Nodes;
using Mentoring.Conversations.Bot;
using Mentoring.Conversations.Pipeline;
using Mentoring.Conversations.Schema;
using Mentoring.Conversations.Twilio;
using Mentoring.Core.Data;
using Mentoring.Core.Domain;
using Microsoft.EntityFrameworkCore;

namespace Mentoring.Core.Messaging;

/// <summary>
/// Delivers a notice the programme wrote (a proposal, an introduction: an event in the outbox) by
/// running it as a turn of the person's own conversation, found from the reference their last
/// message left: the dialogs say it in the person's language, and what they say goes to the
/// outbox with the notice's kind, so quiet hours and WhatsApp's window apply to it. The event's id
/// is the notice's, so a notice delivered twice (a crash before it was recorded) runs one turn.
/// </summary>
public sealed class NoticeDelivery(MentoringDbContext db, TurnPipeline pipeline)
{
    /// <summary>Where the notice's kind travels on the event, for the turn's replies.</summary>
    public const string MessageKindProperty = "messageKind";

    internal async Task DeliverAsync(OutboxWork work, string payload, CancellationToken cancellationToken)
    {
        var notice = JsonNode.Parse(payload) as JsonObject ?? throw new DeliveryException("The notice is not an event.", isPermanent: true);
        var reference = await db.ChannelAddresses.AsNoTracking()
            .Where(a => a.ChannelId == work.ChannelId && a.Address == work.Address)
            .Select(a => a.ConversationReference)
            .FirstOrDefaultAsync(cancellationToken);
        var known = reference is null ? null : JsonNode.Parse(reference) as JsonObject;
        var serviceUrl = (string?)known?["serviceUrl"] ?? (Channels.IsPhone(work.ChannelId) ? TwilioChannel.ServiceUrl : null)
            ?? throw new DeliveryException($"No conversation on {work.ChannelId} is known to start this notice in.", isPermanent: true);
        var activity = new Activity
        {
            Type = ActivityTypes.Event,
            Id = $"notice-{work.Id:N}",
            Name = (string?)notice["name"],
            Value = notice["value"] is { } value ? JsonSerializer.SerializeToElement(value) : null,
            ChannelId = work.ChannelId,
            ServiceUrl = serviceUrl,
            Conversation = new() { Id = (string?)known?["conversation"]?["id"] ?? work.Address },
            From = new() { Id = (string?)known?["user"]?["id"] ?? work.Address },
            Recipient = new() { Id = (string?)known?["bot"]?["id"] ?? "bot" },
            Locale = (string?)known?["locale"],
            ChannelData = JsonSerializer.SerializeToElement(new Dictionary<string, string> { [MessageKindProperty] = work.Kind.ToString() }),
        };
        await pipeline.RunAsync(activity, returnReplies: false, cancellationToken);
    }

    /// <summary>The kind of message a turn's replies are: the notice's, for a notice's turn; else replies.</summary>
    public static MessageKind KindOf(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return activity.Type == ActivityTypes.Event
            && activity.ChannelData is { ValueKind: JsonValueKind.Object } data
            && data.TryGetProperty(MessageKindProperty, out var kind)
            && Enum.TryParse<MessageKind>(kind.GetString(), out var parsed)
            ? parsed
            : MessageKind.Reply;
    }
}
