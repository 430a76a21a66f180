using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Mentoring.Conversations.Pipeline;

public static class PipelineServiceCollectionExtensions
{
    /// <summary>The turn pipeline every channel runs through; the host adds the <see cref="ITurnStore"/> and the bot.</summary>
    public static IServiceCollection AddTurnPipeline(this IServiceCollection services)
    {
        services.TryAddSingleton<ConversationLocks>();
        services.TryAddSingleton<TurnPipeline>();
        return services;
    }
}
