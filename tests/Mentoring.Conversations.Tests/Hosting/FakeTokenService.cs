using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Identity.Client;

namespace Mentoring.Conversations.Tests.Hosting;

/// <summary>
/// An Entra ID token endpoint on loopback. MSAL insists on https authorities, so the bot is
/// configured with a made-up https login URL and <see cref="HttpClientFactory"/> sends MSAL's
/// requests here instead.
/// </summary>
public sealed class FakeTokenService : IAsyncDisposable
{
    private LoopbackHost? host;
    private int issued;

    public int Issued => issued;

    public List<string> Forms { get; } = [];

    public IMsalHttpClientFactory HttpClientFactory => new Redirecting(host!.Address);

    public static async Task<FakeTokenService> StartAsync()
    {
        var service = new FakeTokenService();
        service.host = await LoopbackHost.StartAsync(_ => { }, app => app.MapPost("/{tenant}/oauth2/v2.0/token", service.IssueAsync));
        return service;
    }

    public async ValueTask DisposeAsync()
    {
        if (host is not null)
        {
            await host.DisposeAsync();
        }
    }

    private async Task<IResult> IssueAsync(HttpRequest request, string tenant)
    {
        var form = await request.ReadFormAsync();
        lock (Forms)
        {
            Forms.Add($"{tenant} {form["grant_type"]} {form["client_id"]} {form["scope"]}");
        }

        var n = Interlocked.Increment(ref issued);
        return Results.Json(new { token_type = "Bearer", expires_in = 3600, ext_expires_in = 3600, access_token = $"token-{n}" });
    }

    private sealed class Redirecting(Uri target) : IMsalHttpClientFactory
    {
        public HttpClient GetHttpClient() => new(new RedirectHandler(target));
    }

    private sealed class RedirectHandler(Uri target) : DelegatingHandler(new SocketsHttpHandler())
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            request.RequestUri = new UriBuilder(request.RequestUri!) { Scheme = target.Scheme, Host = target.Host, Port = target.Port }.Uri;
            return base.SendAsync(request, cancellationToken);
        }
    }
}
