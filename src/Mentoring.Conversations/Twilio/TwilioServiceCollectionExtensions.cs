using System.Net;
using Mentoring.Conversations.Bot;
using Mentoring.Conversations.Pipeline;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;

namespace Mentoring.Conversations.Twilio;

public static class TwilioServiceCollectionExtensions
{
    /// <summary>
    /// The Twilio SMS and WhatsApp channel: settings under <c>Twilio</c> (and the root
    /// <c>PublicBaseUrl</c>), the Messages API client with retries, and the sender of answers.
    /// The host adds the <see cref="ITwilioStatusSink"/> and maps <see cref="TwilioEndpoints.MapTwilio"/>.
    /// </summary>
    public static IServiceCollection AddTwilio(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<TwilioOptions>()
            .Bind(configuration.GetSection(TwilioOptions.Section))
            .Configure(options => options.PublicBaseUrl = configuration[TwilioOptions.PublicBaseUrlKey] is { Length: > 0 } url && !string.IsNullOrWhiteSpace(url) ? url : null)
            .Validate(options => IsWebAddress(options.ApiBaseUrl), "Twilio:ApiBaseUrl must be an absolute http or https address.")
            .Validate(options => options.PublicBaseUrl is null || IsWebAddress(options.PublicBaseUrl), "PublicBaseUrl must be the service's absolute public address, without query.")
            .Validate(options => TwilioAddress.IsKnownRegion(options.DefaultRegion), "Twilio:DefaultRegion must be an ISO 3166 alpha-2 country code, such as DE.")
            .Validate(options => options.RetryDelay > TimeSpan.Zero && options.RetryDelay <= TimeSpan.FromMinutes(1), "Twilio:RetryDelay must be more than zero and at most a minute.")
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);

        // A person may be waiting for the answer: retry soon (RetryDelay, then about twice and four
        // times that, with jitter), and wait as long as a Retry-After says. Only 429 and 5xx are
        // retried; any other 4xx (an opted-out number) stays as it is.
        services.AddHttpClient<TwilioClient>()
            .AddStandardResilienceHandler()
            .Configure((resilience, sp) =>
            {
                resilience.Retry.Delay = sp.GetRequiredService<IOptions<TwilioOptions>>().Value.RetryDelay;
                // Only answers that say the message was not taken: a time-out or a dropped
                // connection after the request went out may mean Twilio created it, and the
                // Messages API has no idempotency key to make a second try safe.
                resilience.Retry.ShouldHandle = static args => ValueTask.FromResult(
                    args.Outcome.Result is { } response
                    && (response.StatusCode == HttpStatusCode.TooManyRequests || (int)response.StatusCode >= 500));
            });
        services.AddTransient<TwilioSender>();
        services.AddTransient<IActivitySender>(sp => sp.GetRequiredService<TwilioSender>());
        services.AddTurnPipeline();
        return services;
    }

    private static bool IsWebAddress(string? value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var url) && (url.Scheme == Uri.UriSchemeHttps || url.Scheme == Uri.UriSchemeHttp) && url.Query.Length == 0;
}
