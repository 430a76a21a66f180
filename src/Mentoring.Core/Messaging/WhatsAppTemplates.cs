using System.Text.Json;
using System.Text.Json.Nodes;
using Mentoring.Conversations.Twilio;
using Mentoring.Core.Domain;

namespace Mentoring.Core.Messaging;

/// <summary>
/// The approved WhatsApp templates, one per kind of message the service starts, from the setting
/// <c>Twilio:Templates:&lt;kind&gt;</c> (a Content SID, <c>HX…</c>). Outside the 24-hour window
/// only a template may be sent; a message without one waits for the person's next message.
/// </summary>
public sealed class WhatsAppTemplates(TwilioOptions options)
{
    /// <summary>
    /// A message that is only the kind's template, to tell someone outside the window that there
    /// is news for them (its variables, if any, are the template's own); null when the kind has none.
    /// </summary>
    public string? Notification(MessageKind kind, string channelId, string address)
    {
        var message = new Mentoring.Conversations.Schema.Activity
        {
            Type = Mentoring.Conversations.Schema.ActivityTypes.Message,
            ChannelId = channelId,
            ServiceUrl = TwilioChannel.ServiceUrl,
            Conversation = new() { Id = address },
        };
        return Apply(kind, Mentoring.Conversations.Schema.ActivityJson.Serialize(message));
    }

    /// <summary>True for a payload that already is a template (so a refused template is not wrapped again).</summary>
    public static bool IsTemplate(string payload) =>
        JsonNode.Parse(payload) is JsonObject activity && activity["channelData"] is JsonObject channelData
        && channelData["twilio"] is JsonObject twilio && twilio["contentSid"] is not null;

    /// <summary>
    /// The message as its template, or null when the kind has none. The variables come from the
    /// activity's <c>channelData.templateVariables</c> (whoever wrote the message knows them).
    /// </summary>
    public string? Apply(MessageKind kind, string payload)
    {
        ArgumentNullException.ThrowIfNull(payload);
        var contentSid = options.Templates.FirstOrDefault(t => string.Equals(t.Key, kind.ToString(), StringComparison.OrdinalIgnoreCase)).Value;
        if (kind == MessageKind.Reply || string.IsNullOrWhiteSpace(contentSid) || JsonNode.Parse(payload) is not JsonObject activity)
        {
            return null;
        }

        if (activity["channelData"] is not JsonObject channelData)
        {
            channelData = [];
            activity["channelData"] = channelData;
        }

        var variables = channelData["templateVariables"] is JsonObject given ? given.DeepClone() : new JsonObject();
        channelData["twilio"] = new JsonObject { ["contentSid"] = contentSid.Trim(), ["contentVariables"] = variables };
        return activity.ToJsonString(JsonSerializerOptions.Web);
    }
}
