using Mentoring.Conversations.BotFramework;
using Mentoring.Conversations.Twilio;
using Mentoring.Core;
using Microsoft.Extensions.Options;

namespace Mentoring.Web.Hosting;

/// <summary>Channel settings that must be right before the service takes a message.</summary>
public static class ChannelSettings
{
    /// <summary>
    /// No app id means /api/messages takes anyone's activities: right for the Emulator on a
    /// developer's machine, a hole anywhere else unless an operator says so in as many words.
    /// </summary>
    public static void Check(IServiceProvider services, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(environment);
        var bot = services.GetRequiredService<IOptions<BotFrameworkOptions>>().Value;
        if (!bot.IsAuthenticationEnabled && !bot.AllowUnauthenticated && !environment.IsDevelopment())
        {
            throw new InvalidSettingException(
                "MicrosoftAppId",
                $"is not set, so /api/messages would accept unauthenticated requests in the {environment.EnvironmentName} environment. Set MicrosoftAppId, MicrosoftAppPassword and MicrosoftAppTenantId from the Azure Bot registration, or set BotFramework:AllowUnauthenticated=true to run without authentication on purpose.");
        }

        CheckTwilio(services.GetRequiredService<IOptions<TwilioOptions>>().Value, environment);
    }

    /// <summary>
    /// Twilio half set up fails at the first message, long after the deploy: say so at start. Twilio
    /// signs the public URL it called, which a service behind a proxy cannot see, so outside
    /// Development receiving needs <c>PublicBaseUrl</c>.
    /// </summary>
    private static void CheckTwilio(TwilioOptions twilio, IHostEnvironment environment)
    {
        var anySet = !string.IsNullOrWhiteSpace(twilio.AccountSid) || twilio.CanReceive || twilio.UsesApiKey;
        if (!anySet)
        {
            return;
        }

        if (string.IsNullOrWhiteSpace(twilio.AccountSid))
        {
            throw new InvalidSettingException("Twilio:AccountSid", "is not set, but other Twilio settings are. Set it to the account SID (AC…) from the Twilio console.");
        }

        if (!twilio.CanReceive)
        {
            throw new InvalidSettingException("Twilio:AuthToken", "is not set: without it no webhook from Twilio can be verified, so every message would be refused. Set it to the account's auth token.");
        }

        if (string.IsNullOrWhiteSpace(twilio.SmsFrom) && string.IsNullOrWhiteSpace(twilio.WhatsAppFrom) && string.IsNullOrWhiteSpace(twilio.MessagingServiceSid))
        {
            throw new InvalidSettingException("Twilio:SmsFrom", "and Twilio:WhatsAppFrom and Twilio:MessagingServiceSid are all unset, so no answer could be sent. Set the number(s) to send from, or a Messaging Service SID (MG…).");
        }

        // Whether it is an absolute address is checked with the other Twilio options.
        if (string.IsNullOrWhiteSpace(twilio.PublicBaseUrl) && !environment.IsDevelopment())
        {
            throw new InvalidSettingException(TwilioOptions.PublicBaseUrlKey, "is not set. Twilio signs the public address it calls; behind a proxy the service cannot see that address, so set PublicBaseUrl to it (for example https://mentoring.example.org).");
        }
    }
}
