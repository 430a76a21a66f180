using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Mentoring.Conversations.Dialogs;
using Mentoring.Conversations.Schema;

using Microsoft.Extensions.DependencyInjection;

namespace Mentoring.Web.Tests.Conversations;

/// <summary>
/// The calls <c>/chat</c> makes, through the whole host: its own token, a new conversation that
/// greets first, and a message that comes back as Web Chat needs it (id, clientActivityID) followed by
/// the bot's answer pointing at it.
/// </summary>
public sealed class DirectLineChatTests : IAsyncLifetime
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
    public async Task ChatToken_OpensAConversationThatGreetsAndAnswers_WithWebChatsIds()
    {
        var (conversationId, token) = await ChatTokenAsync();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);

        using (var started = await client.PostAsync(new Uri("/v3/directline/conversations", UriKind.Relative), null, Cancellation))
        {
            Assert.Equal(HttpStatusCode.Created, started.StatusCode);
        }

        var (greeting, watermark) = await ActivitiesUntilAsync(conversationId, string.Empty, a => a.Any(x => x.Text == "Which language do you want to use?"));
        Assert.StartsWith("Hello! This is the mentoring programme.", greeting[0].Text, StringComparison.Ordinal);

        using var posted = await client.PostAsJsonAsync(
            new Uri($"/v3/directline/conversations/{conversationId}/activities", UriKind.Relative),
            new { type = "message", text = "English", locale = "en", from = new { id = "me", role = "user" }, channelData = new { clientActivityID = "c-1" } },
            Cancellation);
        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        var id = (await posted.Content.ReadFromJsonAsync<JsonElement>(Cancellation)).GetProperty("id").GetString();

        var (after, _) = await ActivitiesUntilAsync(conversationId, watermark, a => a.Any(x => x.ReplyToId == id));
        var echo = Assert.Single(after, a => a.Id == id);
        Assert.Equal(("English", "c-1", "user"), (echo.Text, echo.ChannelData?.GetProperty("clientActivityID").GetString(), echo.From?.Role));
        var answer = Assert.Single(after, a => a.ReplyToId == id);
        Assert.Equal("What brings you here?", answer.Text);
        Assert.Equal(["I am looking for a mentor", "I want to help as a volunteer mentor"], answer.SuggestedActions?.Actions.Select(a => a.Title));
        Assert.True(after.IndexOf(echo) < after.IndexOf(answer), "the echo comes before the answer");
    }

    [Theory]
    [InlineData("de-DE", "de")]
    [InlineData("ar", "ar")]
    [InlineData("uk-UA", "uk")]
    [InlineData("not a language", "en")]
    public async Task StartConversation_GreetsInThePagesLanguage_WhenItGivesALocale(string locale, string language)
    {
        var question = factory.Services.GetRequiredService<DialogCatalog>().Text(language, "start.ask-language");
        var (conversationId, token) = await ChatTokenAsync();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);

        using var started = await client.PostAsync(new Uri($"/v3/directline/conversations?locale={Uri.EscapeDataString(locale)}", UriKind.Relative), null, Cancellation);

        Assert.Equal(HttpStatusCode.Created, started.StatusCode);
        await ActivitiesUntilAsync(conversationId, string.Empty, a => a.Any(x => x.Text == question));
    }

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    private async Task<(string ConversationId, string Token)> ChatTokenAsync()
    {
        using var response = await client.PostAsync(new Uri("/chat/token", UriKind.Relative), null, Cancellation);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(Cancellation);
        Assert.True(body.GetProperty("expires_in").GetInt32() > 0);
        return (body.GetProperty("conversationId").GetString()!, body.GetProperty("token").GetString()!);
    }

    /// <summary>Polls as the page does, from <paramref name="watermark"/>, until the activities so far satisfy <paramref name="done"/>.</summary>
    private async Task<(List<Activity> Activities, string Watermark)> ActivitiesUntilAsync(string conversationId, string watermark, Func<List<Activity>, bool> done)
    {
        var seen = new List<Activity>();
        var next = watermark;
        await Eventually.GetAsync(
            async () =>
            {
                var page = await client.GetFromJsonAsync<JsonElement>(new Uri($"/v3/directline/conversations/{conversationId}/activities?watermark={next}", UriKind.Relative), Cancellation);
                seen.AddRange(page.GetProperty("activities").Deserialize<List<Activity>>(ActivityJson.Options)!);
                next = page.GetProperty("watermark").GetString()!;
                return seen;
            },
            done,
            "the bot's answer in the activity stream");
        return (seen, next);
    }
}
