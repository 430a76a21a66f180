using Mentoring.Conversations.BotFramework;
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
    }
}
