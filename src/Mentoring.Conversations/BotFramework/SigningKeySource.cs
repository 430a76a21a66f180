using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace Mentoring.Conversations.BotFramework;

/// <summary>
/// The metadata and signing keys one OpenID metadata address publishes. Re-read daily, and at once
/// when a token names a key we have not seen (the issuer has rotated its keys), but then at most once
/// per <see cref="RefreshInterval"/>, so made-up key ids cannot make us hammer the metadata endpoint.
/// </summary>
internal sealed class SigningKeySource
{
    /// <summary>The Bot Framework requires signing keys to be refreshed at least daily.</summary>
    internal static readonly TimeSpan AutomaticRefreshInterval = TimeSpan.FromHours(24);

    internal static readonly TimeSpan RefreshInterval = TimeSpan.FromMinutes(5);

    private readonly string metadataAddress;
    private readonly IDocumentRetriever documents;
    private readonly TimeProvider time;
    private readonly Lock gate = new();
    private ConfigurationManager<OpenIdConnectConfiguration> manager;
    private Task<OpenIdConnectConfiguration>? refreshing;
    private DateTimeOffset? lastRefresh;

    public SigningKeySource(string metadataAddress, IDocumentRetriever documents, TimeProvider time)
    {
        this.metadataAddress = metadataAddress;
        this.documents = documents;
        this.time = time;
        manager = CreateManager();
    }

    /// <summary>Throws <see cref="InvalidOperationException"/> when the keys were never fetched and cannot be.</summary>
    public Task<OpenIdConnectConfiguration> GetAsync(CancellationToken cancellationToken) =>
        Volatile.Read(ref manager).GetConfigurationAsync(cancellationToken);

    /// <summary>
    /// Fetches the keys now, unless that was done less than <see cref="RefreshInterval"/> ago; callers
    /// arriving meanwhile share the fetch. <c>ConfigurationManager.RequestRefresh</c> will not do: since
    /// Microsoft.IdentityModel 8 it refreshes on a background task, so a retry right after it still sees
    /// the old keys. A new manager fetches before it answers, and replaces the old one only on success.
    /// </summary>
    public async Task<OpenIdConnectConfiguration> RefreshAsync(CancellationToken cancellationToken)
    {
        Task<OpenIdConnectConfiguration>? refresh = null;
        lock (gate)
        {
            var now = time.GetUtcNow();
            if (refreshing is { IsCompleted: false })
            {
                refresh = refreshing;
            }
            else if (lastRefresh is not { } last || now - last >= RefreshInterval)
            {
                lastRefresh = now;
                refresh = refreshing = Task.Run(ReplaceManagerAsync, CancellationToken.None);
            }
        }

        return refresh is null ? await GetAsync(cancellationToken) : await refresh.WaitAsync(cancellationToken);
    }

    private async Task<OpenIdConnectConfiguration> ReplaceManagerAsync()
    {
        var fresh = CreateManager();
        try
        {
            // Shared by every waiting caller: one caller's cancellation must not cancel it.
            var configuration = await fresh.GetConfigurationAsync(CancellationToken.None);
            Volatile.Write(ref manager, fresh);
            return configuration;
        }
        catch (InvalidOperationException)
        {
            // Stale keys are better than none.
            return await GetAsync(CancellationToken.None);
        }
    }

    private ConfigurationManager<OpenIdConnectConfiguration> CreateManager() =>
        new(metadataAddress, new OpenIdConnectConfigurationRetriever(), documents)
        {
            AutomaticRefreshInterval = AutomaticRefreshInterval,
        };
}
