using Microsoft.Playwright;

namespace Mentoring.Web.Tests.Endpoints;

/// <summary><c>/chat</c> in Chromium against the real host: what a person trying the bot does and sees.</summary>
public sealed class ChatPageBrowserTests : IAsyncLifetime
{
    private ChatBrowser browser = null!;

    public async ValueTask InitializeAsync() => browser = await ChatBrowser.StartAsync();

    public async ValueTask DisposeAsync() => await browser.DisposeAsync();

    [Fact]
    public async Task Chat_WalksTheSampleFlowToSaved_ByTypingAndTappingAnAnswer()
    {
        var page = await browser.OpenChatAsync();
        await BotSaysAsync(page, "Hello! I am the chatbot of the mentoring programme.");
        await BotSaysAsync(page, "What is your first name?");

        await page.FillAsync("#message", "Amal");
        await page.PressAsync("#message", "Enter");
        await BotSaysAsync(page, "Nice to meet you, Amal! What brings you here?");
        await page.Locator("#suggestions button", new() { HasText = "I want to volunteer" }).ClickAsync();
        await BotSaysAsync(page, "How many people could you mentor at the same time?");
        await WriteAsync(page, "3");
        await BotSaysAsync(page, "When are you usually free?");
        await WriteAsync(page, "mon tue evening");
        await BotSaysAsync(page, "Which languages do you speak?");
        await WriteAsync(page, "1 2");
        await BotSaysAsync(page, "Is that right?");
        await WriteAsync(page, "yes");
        await BotSaysAsync(page, "Great, I have saved it.");
        await BotSaysAsync(page, "Thank you for trying it out! Write anything to see the menu.");

        // Each message once: its echo from the service confirms the bubble instead of adding one.
        var mine = await page.Locator("#transcript li.me").AllInnerTextsAsync();
        Assert.Equal(["Amal", "I want to volunteer", "3", "mon tue evening", "1 2", "yes"], mine);
        Assert.Equal(0, await page.Locator("#transcript li.failed").CountAsync());
        Assert.Equal(1, await page.Locator("#transcript li.bot", new() { HasText = "What is your first name?" }).CountAsync());
    }

    [Fact]
    public async Task Chat_StartsAgainInArabicRightToLeft_WhenArabicIsChosen()
    {
        var page = await browser.OpenChatAsync();
        await BotSaysAsync(page, "What is your first name?");

        await page.SelectOptionAsync("#language", "ar");

        await page.Locator("html[dir=rtl][lang=ar]").WaitForAsync(new() { State = WaitForSelectorState.Attached });
        await BotSaysAsync(page, "ما اسمك الأول؟");
        Assert.Equal("العربية", await page.Locator("#language option:checked").InnerTextAsync());
        Assert.Equal(0, await page.Locator("#transcript li", new() { HasText = "What is your first name?" }).CountAsync());
    }

    [Fact]
    public async Task Chat_ShowsTheConversationSoFar_WhenThePageIsReloaded()
    {
        var page = await browser.OpenChatAsync();
        await BotSaysAsync(page, "What is your first name?");
        await WriteAsync(page, "Amal");
        await BotSaysAsync(page, "Nice to meet you, Amal! What brings you here?");

        await page.ReloadAsync();

        await BotSaysAsync(page, "Nice to meet you, Amal! What brings you here?");
        Assert.Equal(["Amal"], await page.Locator("#transcript li.me").AllInnerTextsAsync());
        Assert.Equal(1, await page.Locator("#transcript li.bot", new() { HasText = "What is your first name?" }).CountAsync());
        Assert.Equal(2, await page.Locator("#suggestions button").CountAsync());
    }

    private static async Task BotSaysAsync(IPage page, string text) =>
        await page.Locator("#transcript li.bot", new() { HasText = text }).Last.WaitForAsync();

    private static async Task WriteAsync(IPage page, string text)
    {
        await page.FillAsync("#message", text);
        await page.PressAsync("#message", "Enter");
    }
}
