using Mentoring.Conversations.DirectLine;
using Mentoring.Conversations.Pipeline;
using Mentoring.Conversations.Twilio;
using Mentoring.Core.Jobs;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

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
        services.AddSingleton<OutboxSignal>();
        services.AddSingleton<IInterceptor>(sp => sp.GetRequiredService<OutboxSignal>());
        services.AddScoped<TurnAddress>();
        services.AddScoped<OutboxPolicy>();
        services.AddScoped<NoticeDelivery>();
        services.AddSingleton(sp => new WhatsAppTemplates(sp.GetRequiredService<IOptions<TwilioOptions>>().Value));
        services.AddOptions<MessagingOptions>();
        services.AddOptions<TwilioOptions>();
        services.AddScoped<ITwilioStatusSink, TwilioStatusRecorder>();
        services.AddScoped<OutboxSweepJob>();
        services.AddScoped<IDirectLineTranscript, DatabaseDirectLineTranscript>();
        return services;
    }
}
