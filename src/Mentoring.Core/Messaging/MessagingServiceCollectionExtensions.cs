using Mentoring.Conversations.DirectLine;
using Mentoring.Conversations.Pipeline;
using Mentoring.Core.Jobs;
using Microsoft.Extensions.DependencyInjection;

namespace Mentoring.Core.Messaging;

public static class MessagingServiceCollectionExtensions
{
    /// <summary>Turns stored in the database and the outbox sent after commit, in the background.</summary>
    public static IServiceCollection AddMentoringMessaging(this IServiceCollection services)
    {
        services.AddTurnPipeline();
        services.AddSingleton<ITurnStore, DatabaseTurnStore>();
        services.AddSingleton<OutboxRecorder>();
        services.AddSingleton<OutboxDispatcher>();
        services.AddHostedService(sp => sp.GetRequiredService<OutboxRecorder>());
        services.AddHostedService(sp => sp.GetRequiredService<OutboxDispatcher>());
        services.AddScoped<OutboxSweepJob>();
        services.AddScoped<IDirectLineTranscript, DatabaseDirectLineTranscript>();
        return services;
    }
}
