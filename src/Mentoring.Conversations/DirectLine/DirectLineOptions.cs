namespace Mentoring.Conversations.DirectLine;

/// <summary>Settings under <c>DirectLine</c>: the self-hosted Direct Line 3.0 channel.</summary>
public sealed class DirectLineOptions
{
    public const string Section = "DirectLine";

    /// <summary>
    /// The secret a programme's own backend uses to get tokens (as Azure's Direct Line secret),
    /// and the key tokens are signed with. Without one, tokens are signed with a key made at start:
    /// fine for one instance, but several instances behind a load balancer need the same secret.
    /// </summary>
    public string? Secret { get; set; }

    /// <summary>Web sites allowed to call the channel from a browser (CORS); <c>*</c> allows any.</summary>
    public IList<string> AllowedOrigins { get; } = [];

    /// <summary>How long a token lives; Web Chat refreshes it well before (every 15 minutes).</summary>
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromMinutes(30);
}
