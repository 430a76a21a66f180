using Mentoring.Conversations.Dialogs;
using Mentoring.Core.Conversations;
using Mentoring.Core.Data;
using Mentoring.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace Mentoring.Web.Tests.Endpoints;

/// <summary><c>/chat</c> in Chromium against the real host: what a person trying the bot does and sees.</summary>
public sealed class ChatPageBrowserTests : IAsyncLifetime
{
    private static readonly DialogCatalog Dialogs = DialogCatalog.Load(Path.Combine(AppContext.BaseDirectory, "dialogs"), MentoringConversation.Schema);

    private ChatBrowser browser = null!;

    public async ValueTask InitializeAsync() => browser = await ChatBrowser.StartAsync();

    public async ValueTask DisposeAsync() => await browser.DisposeAsync();

    [Fact]
    public async Task Chat_SignsUpAVolunteerInGerman_AndStoresTheProfileExactlyAsAnswered()
    {
        var page = await browser.OpenChatAsync("de-DE");
        await BotSaysAsync(page, Text("start.ask-language"));
        await page.Locator("#suggestions button", new() { HasText = "Deutsch" }).ClickAsync();
        await BotSaysAsync(page, Text("start.ask-role"));
        await page.Locator("#suggestions button", new() { HasText = Text("start.role.volunteer") }).ClickAsync();
        await BotSaysAsync(page, Text("consent.ask"));
        await page.Locator("#suggestions button", new() { HasText = Text("consent.agree") }).ClickAsync();
        await BotSaysAsync(page, Text("consent.ask-reports"));
        await page.Locator("#suggestions button", new() { HasText = Text("dialog.yes") }).ClickAsync();
        await BotSaysAsync(page, Text("mentor.ask-name"));

        foreach (var (answer, next) in new[]
        {
            ("Jonas", "mentor.ask-gender"),
            ("2", "mentor.ask-mentee-gender"),
            ("1", "mentor.ask-languages"),
            ("1 2", "mentor.ask-sectors"),
            ("3 4", "mentor.ask-goals"),
            ("1 4", "mentor.ask-capacity"),
            ("2", "mentor.ask-availability"),
            ("montags und dienstags abends", "mentor.ask-town"),
            ("Mitte", "mentor.ask-remote"),
            ("ja", "mentor.summary"),
            ("1", "mentor.induction.city"),
            ("1", "mentor.induction.conduct"),
            ("1", "mentor.induction.safeguarding"),
            ("1", "mentor.induction.decent-work"),
            ("1", "mentor.induction.help"),
            ("1", "mentor.thanks"),
        })
        {
            await WriteAsync(page, answer);
            await BotSaysAsync(page, Text(next));
        }

        Assert.Equal(0, await page.Locator("#transcript li.failed").CountAsync());
        await using var db = StorageServiceCollectionExtensions.CreateContext(
            StorageProvider.Sqlite, StorageServiceCollectionExtensions.CreateOptions(new StorageSettings(StorageProvider.Sqlite, $"Data Source={browser.DatabaseFile}", false)));
        var person = await Eventually.GetAsync<Person?>(
            () => db.People.AsNoTracking().Include(p => p.MentorProfile).Include(p => p.Consents).FirstOrDefaultAsync(p => p.MentorProfile != null),
            found => found is not null,
            "the volunteer is stored");
        Assert.Equal(("Jonas", Gender.Man, "Mitte", "de"), (person!.FirstName, person.Gender, person.Town, person.PreferredLanguage));
        var profile = person.MentorProfile!;
        Assert.Equal(["it", "engineering"], profile.Sectors);
        Assert.Equal([new LanguageSkill("de", LanguageLevel.Fluent), new LanguageSkill("ar", LanguageLevel.Fluent)], profile.Languages);
        Assert.Equal([MentoringGoal.JobSearch, MentoringGoal.LanguageForWork], profile.GoalsOffered);
        Assert.Equal((2, GenderPreference.None, true), (profile.Capacity, profile.MenteeGenderPreference, profile.RemoteOk));
        Assert.Equal(WeeklyAvailability.Parse("mon:evening tue:evening"), profile.Availability);
        Assert.NotNull(profile.InductionCompletedAt);
        Assert.Equal(VettingState.Pending, profile.Vetting);
        Assert.True(person.HasConsent(ConsentPurpose.Matching));
        Assert.True(person.HasConsent(ConsentPurpose.Reports));
    }

    [Fact]
    public async Task Chat_StartsAgainInArabicRightToLeft_WhenArabicIsChosen()
    {
        var page = await browser.OpenChatAsync();
        await BotSaysAsync(page, "Which language do you want to use?");

        await page.SelectOptionAsync("#language", "ar");

        await page.Locator("html[dir=rtl][lang=ar]").WaitForAsync(new() { State = WaitForSelectorState.Attached });
        await BotSaysAsync(page, Dialogs.Text("ar", "start.ask-language")!);
        Assert.Equal("العربية", await page.Locator("#language option:checked").InnerTextAsync());
        Assert.Equal(0, await page.Locator("#transcript li", new() { HasText = "Which language do you want to use?" }).CountAsync());
    }

    [Fact]
    public async Task Chat_ShowsTheConversationSoFar_WhenThePageIsReloaded()
    {
        var page = await browser.OpenChatAsync();
        await BotSaysAsync(page, "Which language do you want to use?");
        await WriteAsync(page, "English");
        await BotSaysAsync(page, "What brings you here?");

        await page.ReloadAsync();

        await BotSaysAsync(page, "What brings you here?");
        Assert.Equal(["English"], await page.Locator("#transcript li.me").AllInnerTextsAsync());
        Assert.Equal(1, await page.Locator("#transcript li.bot", new() { HasText = "Which language do you want to use?" }).CountAsync());
        Assert.Equal(2, await page.Locator("#suggestions button").CountAsync());
    }

    /// <summary>
    /// A German text's first line as the bot says it to Jonas: with its placeholders filled, so
    /// that it matches this message only and the next answer is never written too early.
    /// </summary>
    private static string Text(string key)
    {
        var text = Dialogs.Text("de", key) ?? throw new InvalidOperationException($"No German text '{key}'.");
        var firstLine = text.Split('\n')[0].Replace("{first-name}", "Jonas", StringComparison.Ordinal);
        var placeholder = firstLine.IndexOf('{', StringComparison.Ordinal);
        return (placeholder >= 0 ? firstLine[..placeholder] : firstLine).Trim();
    }

    private static async Task BotSaysAsync(IPage page, string text) =>
        await page.Locator("#transcript li.bot", new() { HasText = text }).Last.WaitForAsync();

    private static async Task WriteAsync(IPage page, string text)
    {
        await page.FillAsync("#message", text);
        await page.PressAsync("#message", "Enter");
    }
}
