using Microsoft.IdentityModel.Protocols;

namespace Mentoring.Conversations.BotFramework;

/// <summary>
/// Fetches OpenID metadata and key sets over https; plain http only from a loopback address (a
/// test's local metadata server), never across the network. A client per fetch, from the factory,
/// so its handler rotation is honoured: fetches are rare (daily, or on an unknown key).
/// </summary>
internal sealed class MetadataDocumentRetriever(IHttpClientFactory httpClientFactory) : IDocumentRetriever
{
    public Task<string> GetDocumentAsync(string address, CancellationToken cancel)
    {
        var retriever = new HttpDocumentRetriever(httpClientFactory.CreateClient(nameof(ChannelAuthenticator)))
        {
            RequireHttps = !IsLoopback(address),
        };
        return retriever.GetDocumentAsync(address, cancel);
    }

    /// <summary>127.0.0.0/8, ::1 or localhost, over http(s).</summary>
    internal static bool IsLoopback(string address) =>
        Uri.TryCreate(address, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
        && uri.IsLoopback;
}
