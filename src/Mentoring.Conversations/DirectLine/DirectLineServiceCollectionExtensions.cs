using Mentoring.Conversations.Bot;
using Mentoring.Conversations.Pipeline;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Mentoring.Conversations.DirectLine;

public static class DirectLineServiceCollectionExtensions
{
    /// <summary>
    /// The self-hosted Direct Line channel: tokens, the sender of answers, and CORS for the web
    /// sites in <c>DirectLine:AllowedOrigins</c> on every route, errors included. The host adds the
    /// <see cref="IDirectLineTranscript"/>.
    /// </summary>
    public static IServiceCollection AddDirectLine(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DirectLineOptions>().Bind(configuration.GetSection(DirectLineOptions.Section));
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<DirectLineTokens>();
        services.AddScoped<IActivitySender, DirectLineSender>();
        services.AddTurnPipeline();
        services.AddCors();
        services.AddOptions<Microsoft.AspNetCore.Cors.Infrastructure.CorsOptions>()
            .Configure<IOptions<DirectLineOptions>>((cors, directLine) => cors.AddPolicy(DirectLineEndpoints.CorsPolicy, policy =>
            {
                var origins = directLine.Value.AllowedOrigins;
                if (origins.Contains("*"))
                {
                    policy.AllowAnyOrigin();
                }
                else
                {
                    policy.WithOrigins([.. origins]);
                }

                policy.WithMethods("GET", "POST", "OPTIONS")
                    .WithHeaders("Authorization", "Content-Type", "x-ms-bot-agent", "X-Requested-With")
                    .SetPreflightMaxAge(TimeSpan.FromHours(1));
            }));
        return services;
    }
}
