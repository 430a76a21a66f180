using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Mentoring.Conversations.Tests.BotFramework;

/// <summary>
/// OpenID metadata and a key set with endorsements, served over plain http on loopback, as
/// login.botframework.com and Entra ID serve them. The published keys can be changed (rotation).
/// </summary>
public sealed class FakeOpenIdServer : IAsyncDisposable
{
    private static readonly string[] Algorithms = ["RS256"];

    private readonly string issuer;
    private LoopbackHost? host;
    private TestSigningKey[] keys;
    private int keySetRequests;

    private FakeOpenIdServer(string issuer, TestSigningKey[] keys)
    {
        this.issuer = issuer;
        this.keys = keys;
    }

    public string MetadataUrl => new Uri(host!.Address, "/.well-known/openidconfiguration").ToString();

    public int KeySetRequests => Volatile.Read(ref keySetRequests);

    public static async Task<FakeOpenIdServer> StartAsync(string issuer, params TestSigningKey[] keys)
    {
        var server = new FakeOpenIdServer(issuer, keys);
        server.host = await LoopbackHost.StartAsync(
            _ => { },
            app =>
            {
                app.MapGet("/.well-known/openidconfiguration", server.Metadata);
                app.MapGet("/keys", server.KeySet);
            });
        return server;
    }

    public void Publish(params TestSigningKey[] keys) => Volatile.Write(ref this.keys, keys);

    public async ValueTask DisposeAsync()
    {
        if (host is not null)
        {
            await host.DisposeAsync();
        }
    }

    private IResult Metadata() => Results.Json(new
    {
        issuer,
        jwks_uri = new Uri(host!.Address, "/keys").ToString(),
        id_token_signing_alg_values_supported = Algorithms,
    });

    private IResult KeySet()
    {
        Interlocked.Increment(ref keySetRequests);
        return Results.Json(new { keys = Volatile.Read(ref keys).Select(k => k.ToJwk()) });
    }
}
