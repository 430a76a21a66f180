using System.Net;

namespace Mentoring.Web.Tests.Endpoints;

/// <summary><c>/privacy</c>: the full notice the consent links to, in the person's language, on any phone.</summary>
public sealed class PrivacyPageTests : IAsyncLifetime
{
    private readonly MentoringWebFactory factory = new();
    private HttpClient client = null!;

    public ValueTask InitializeAsync()
    {
        client = factory.CreateClient();
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        client.Dispose();
        await factory.DisposeAsync();
    }

    [Fact]
    public async Task Privacy_ShowsTheNoticeInTheLanguageAsked_RightToLeftForArabic()
    {
        using var response = await client.GetAsync(new Uri("/privacy?lang=ar", UriKind.Relative), TestContext.Current.CancellationToken);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<html lang=\"ar\" dir=\"rtl\">", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("default-src 'none'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Contains("href=\"/privacy?lang=uk\" lang=\"uk\">Українська</a>", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/privacy")]
    [InlineData("/privacy?lang=xx")]
    public async Task Privacy_FallsBackToTheDefaultLanguage(string path)
    {
        var html = await client.GetStringAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Contains("<html lang=\"en\" dir=\"ltr\">", html, StringComparison.Ordinal);
        Assert.Contains("<h1>How we handle your data</h1>", html, StringComparison.Ordinal);
        Assert.Contains("<p>How long: while you take part, and at most 12 months after your last message. Then everything is erased.</p>", html, StringComparison.Ordinal);
    }
}
