using Mentoring.Conversations.Bot;
using Mentoring.Conversations.BotFramework;
using Mentoring.Conversations.Pipeline;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Mentoring.Conversations.Tests.Hosting;

/// <summary>The bot's endpoint on loopback with the given settings and a counting echo bot.</summary>
public static class BotHost
{
    public static Task<LoopbackHost> StartAsync(EchoBot bot, params (string Key, string Value)[] settings) =>
        StartAsync(bot, TimeProvider.System, _ => { }, settings);

    public static Task<LoopbackHost> StartAsync(EchoBot bot, TimeProvider time, Action<IServiceCollection> more, params (string Key, string Value)[] settings)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value)))
            .Build();
        return LoopbackHost.StartAsync(
            services =>
            {
                services.AddSingleton(time);
                services.AddBotFramework(configuration);
                services.AddSingleton<IBot>(bot);
                services.AddSingleton<MemoryTurnStore>();
                services.AddSingleton<ITurnStore>(sp => sp.GetRequiredService<MemoryTurnStore>());
                services.AddProblemDetails();
                more(services);
            },
            app => app.MapBotFramework());
    }
}
