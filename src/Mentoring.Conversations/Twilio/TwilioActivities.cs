using System.Globalization;
using Mentoring.Conversations.Schema;
using Microsoft.AspNetCore.Http;

namespace Mentoring.Conversations.Twilio;

/// <summary>A Twilio webhook's message as the bot's activity.</summary>
internal static class TwilioActivities
{
    /// <summary>Twilio takes at most ten media per message.</summary>
    private const int MaxMedia = 10;

    /// <summary>
    /// The person is <paramref name="number"/> (E.164), which is also the conversation: one
    /// conversation per phone and channel. The message's id is Twilio's MessageSid, so a message
    /// Twilio posts again is recognised and runs no second turn.
    /// </summary>
    public static Activity Message(IFormCollection form, string number, DateTimeOffset now) => new()
    {
        Type = ActivityTypes.Message,
        Id = TwilioRequest.Field(form, "MessageSid"),
        Timestamp = now,
        ChannelId = TwilioAddress.IsWhatsApp(form["From"].ToString().Trim()) ? TwilioChannel.WhatsApp : TwilioChannel.Sms,
        ServiceUrl = TwilioChannel.ServiceUrl,
        From = new ChannelAccount { Id = number, Name = TwilioRequest.Field(form, "ProfileName"), Role = "user" },
        Recipient = new ChannelAccount { Id = TwilioRequest.Field(form, "To"), Role = "bot" },
        Conversation = new ConversationAccount { Id = number },
        Text = TwilioRequest.Field(form, "Body"),
        Attachments = Media(form),
    };

    private static List<Attachment>? Media(IFormCollection form)
    {
        if (!int.TryParse(form["NumMedia"], NumberStyles.None, CultureInfo.InvariantCulture, out var count) || count == 0)
        {
            return null;
        }

        var media = new List<Attachment>();
        for (var i = 0; i < Math.Min(count, MaxMedia); i++)
        {
            if (TwilioRequest.Field(form, $"MediaUrl{i}") is { } url)
            {
                media.Add(new Attachment { ContentUrl = url, ContentType = TwilioRequest.Field(form, $"MediaContentType{i}") ?? "application/octet-stream" });
            }
        }

        return media.Count > 0 ? media : null;
    }
}
