using Mentoring.Conversations.Bot;
using Mentoring.Conversations.Pipeline;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Mentoring.Conversations.BotFramework;

public static class BotFrameworkServiceCollectionExtensions
{
    /// <summary>
    /// The Bot Framework channel: settings from the configuration root under the SDK's names,
    /// inbound authentication, the bot's token, and the connector client with retries on 429 and
    /// 5xx (jittered exponential back-off; other 4xx are final).
    /// </summary>
    public static IServiceCollection AddBotFramework(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<BotFrameworkOptions>().Bind(configuration)
            .PostConfigure(options => options.AllowUnauthenticated = configuration.GetValue<bool>("BotFramework:AllowUnauthenticated"));
        services.TryAddSingleton(TimeProvider.System);
        services.AddHttpClient();
        services.AddSingleton<ChannelAuthenticator>();
        services.AddSingleton<BotTokenProvider>();
        // A person is waiting for the reply: retry soon (1 s, then about 2 s, 4 s, with jitter).
        services.AddHttpClient<ConnectorClient>().AddStandardResilienceHandler(resilience => resilience.Retry.Delay = TimeSpan.FromSeconds(1));
        services.AddTransient<IActivitySender>(sp => sp.GetRequiredService<ConnectorClient>());
        services.AddTurnPipeline();
        return services;
    }
}
