using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Mentoring.Web.Tests.Endpoints;

/// <summary><c>/chat</c> works on a closed network: nothing from another site, and labels in every language.</summary>
public sealed partial class ChatPageTests : IAsyncLifetime
{
    private static readonly string[] LabelKeys = ["title", "language", "restart", "send", "placeholder", "conversation", "suggestions", "offline", "failed"];
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
    public async Task Chat_ServesThePageUnderAContentSecurityPolicy_ReferencingOnlyItsOwnFiles()
    {
        using var response = await client.GetAsync(new Uri("/chat", UriKind.Relative), Cancellation);
        var html = await response.Content.ReadAsStringAsync(Cancellation);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("default-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        var references = Reference().Matches(html).Select(m => m.Groups[1].Value).Where(r => !r.StartsWith('#'));
        Assert.Equal(["/chat/chat.css", "/chat/chat.js"], references.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("/chat", "text/html")]
    [InlineData("/chat/chat.js", "text/javascript")]
    [InlineData("/chat/chat.css", "text/css")]
    public async Task ChatFiles_NameNoOtherSite_WhenServed(string path, string mediaType)
    {
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative), Cancellation);
        var text = await response.Content.ReadAsStringAsync(Cancellation);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.DoesNotMatch(OtherSite(), text);
    }

    [Fact]
    public async Task Config_ListsEveryLanguageWithItsNativeNameAndDirection_AndEveryLabel()
    {
        var config = await client.GetFromJsonAsync<JsonElement>(new Uri("/chat/config", UriKind.Relative), Cancellation);

        Assert.Equal("en", config.GetProperty("defaultLanguage").GetString());
        var languages = config.GetProperty("languages").EnumerateArray()
            .Select(l => (Code: l.GetProperty("code").GetString(), Name: l.GetProperty("name").GetString(), Rtl: l.GetProperty("rtl").GetBoolean(), Texts: l.GetProperty("texts")))
            .ToList();
        Assert.Equal(
            [("ar", "العربية", true), ("de", "Deutsch", false), ("en", "English", false), ("es", "Español", false), ("fr", "Français", false), ("uk", "Українська", false)],
            languages.Select(l => (l.Code, l.Name, l.Rtl)));
        Assert.All(languages, language => Assert.All(LabelKeys, key =>
        {
            var text = language.Texts.GetProperty(key).GetString();
            // The page falls back to the key itself when a locale lacks the text.
            Assert.False(string.IsNullOrWhiteSpace(text) || text == key, $"{language.Code} has no chat.{key}");
        }));
    }

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [GeneratedRegex("""(?:src|href)\s*=\s*["']([^"']*)["']""")]
    private static partial Regex Reference();

    [GeneratedRegex("https?://|//[a-z0-9-]+\\.[a-z]", RegexOptions.IgnoreCase)]
    private static partial Regex OtherSite();
}
