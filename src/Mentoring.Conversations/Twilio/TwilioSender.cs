using System.Text;
using System.Text.Json;
using Mentoring.Conversations.Bot;
using Mentoring.Conversations.Schema;
using Microsoft.Extensions.Options;

namespace Mentoring.Conversations.Twilio;

/// <summary>
/// Delivers the bot's messages on SMS and WhatsApp through Twilio's Messages API, to the number
/// that is the conversation's id. A template in <c>channelData.twilio</c>
/// (<c>{"contentSid":"HX…","contentVariables":{"1":"Amira"}}</c>) goes instead of the text: it is
/// what WhatsApp lets through outside the 24-hour window.
/// </summary>
public sealed class TwilioSender(TwilioClient client, IOptions<TwilioOptions> options) : IActivitySender
{
    public bool Delivers(Activity activity) => activity?.ServiceUrl == TwilioChannel.ServiceUrl;

    /// <summary>
    /// Returns Twilio's message sid. Activities other than messages (typing and the like) mean
    /// nothing on SMS: they are dropped and get no id.
    /// </summary>
    public async Task<string?> SendAsync(Activity activity, string deliveryId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (activity.Type is not (null or ActivityTypes.Message))
        {
            return null;
        }

        var settings = options.Value;
        var whatsApp = activity.ChannelId switch
        {
            TwilioChannel.WhatsApp => true,
            TwilioChannel.Sms => false,
            _ => throw new DeliveryException($"Twilio delivers only on sms and whatsapp, not on '{activity.ChannelId}'.", isPermanent: true),
        };
        var number = activity.Conversation?.Id is { Length: > 0 } id
            ? TwilioAddress.WithoutPrefix(id)
            : throw new DeliveryException("A Twilio message needs the person's number as its conversation id.", isPermanent: true);

        var (contentSid, contentVariables) = Template(activity.ChannelData);
        var body = contentSid is null ? Body(activity) : null;
        if (contentSid is null && string.IsNullOrEmpty(body))
        {
            throw new DeliveryException("The message has neither text nor a template: SMS and WhatsApp have nothing to show.", isPermanent: true);
        }

        var message = Sender(new TwilioMessage(whatsApp ? TwilioAddress.ToWhatsApp(number) : number), settings, whatsApp) with
        {
            Body = body,
            ContentSid = contentSid,
            ContentVariables = contentVariables,
            StatusCallback = StatusCallback(settings, deliveryId),
        };
        var receipt = await client.SendAsync(message, cancellationToken);
        return receipt.Sid;
    }

    /// <summary>A Messaging Service picks the sender itself; else the channel's own number.</summary>
    private static TwilioMessage Sender(TwilioMessage message, TwilioOptions settings, bool whatsApp)
    {
        if (!string.IsNullOrWhiteSpace(settings.MessagingServiceSid))
        {
            return message with { MessagingServiceSid = settings.MessagingServiceSid };
        }

        if (whatsApp)
        {
            return string.IsNullOrWhiteSpace(settings.WhatsAppFrom)
                ? throw new DeliveryException("Twilio:WhatsAppFrom (or Twilio:MessagingServiceSid) is not set: WhatsApp messages have no sender.", isPermanent: true)
                : message with { From = TwilioAddress.ToWhatsApp(settings.WhatsAppFrom.Trim()) };
        }

        return string.IsNullOrWhiteSpace(settings.SmsFrom)
            ? throw new DeliveryException("Twilio:SmsFrom (or Twilio:MessagingServiceSid) is not set: SMS messages have no sender.", isPermanent: true)
            : message with { From = settings.SmsFrom.Trim() };
    }

    /// <summary>
    /// The text, with any buttons written out as a numbered list under it: the bot should have
    /// done that itself for a channel without buttons, but a choice must never be lost.
    /// </summary>
    private static string? Body(Activity activity)
    {
        if (activity.SuggestedActions?.Actions is not { Count: > 0 } actions)
        {
            return activity.Text;
        }

        var body = new StringBuilder(activity.Text);
        for (var i = 0; i < actions.Count; i++)
        {
            if (body.Length > 0)
            {
                body.Append('\n');
            }

            body.Append(i + 1).Append(". ").Append(Title(actions[i]));
        }

        return body.ToString();
    }

    private static string? Title(CardAction action) =>
        action.Title ?? action.DisplayText ?? action.Text ?? action.Value switch
        {
            { ValueKind: JsonValueKind.String } value => value.GetString(),
            { } value => value.GetRawText(),
            null => null,
        };

    private static (string? ContentSid, string? ContentVariables) Template(JsonElement? channelData)
    {
        if (channelData is not { ValueKind: JsonValueKind.Object } data
            || !data.TryGetProperty("twilio", out var twilio) || twilio.ValueKind != JsonValueKind.Object
            || !twilio.TryGetProperty("contentSid", out var sid) || sid.ValueKind != JsonValueKind.String
            || sid.GetString() is not { Length: > 0 } contentSid)
        {
            return (null, null);
        }

        var variables = twilio.TryGetProperty("contentVariables", out var given) ? given.ValueKind switch
        {
            JsonValueKind.Object => given.GetRawText(),
            JsonValueKind.String => given.GetString(),
            _ => null,
        } : null;
        return (contentSid, variables);
    }

    private static string? StatusCallback(TwilioOptions settings, string deliveryId) =>
        settings.PublicBaseUrl is { Length: > 0 } publicBase && !string.IsNullOrEmpty(deliveryId)
            ? $"{publicBase.TrimEnd('/')}{TwilioEndpoints.StatusPath}?delivery={Uri.EscapeDataString(deliveryId)}"
            : null;
}
