using System.Globalization;
using Mentoring.Conversations.Dialogs;
using Mentoring.Conversations.DirectLine;
using Mentoring.Core.Domain;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Mentoring.Web.Endpoints;

/// <summary>
/// <c>/chat</c>: a page where anyone can try the bot, talking Direct Line to this service. Its
/// files are built into the binary and nothing comes from another site, so it works on a
/// programme's closed network; its labels come from the dialogs' locale files, like every other
/// text a person reads.
/// </summary>
public static class ChatPage
{
    private static readonly string[] LabelKeys = ["title", "language", "restart", "send", "placeholder", "conversation", "suggestions", "offline", "failed"];
    private static readonly HashSet<string> RightToLeft = ["ar", "fa", "he", "ps", "ur", "ku"];

    /// <summary>Languages written right to left, for every page that shows the dialogs' texts.</summary>
    public static bool IsRightToLeft(string language) => RightToLeft.Contains(language);

    public static IEndpointRouteBuilder MapChatPage(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/chat", (HttpContext context) => Asset(context, "chat.html", "text/html; charset=utf-8"));
        endpoints.MapGet("/chat/chat.js", (HttpContext context) => Asset(context, "chat.js", "text/javascript; charset=utf-8"));
        endpoints.MapGet("/chat/chat.css", (HttpContext context) => Asset(context, "chat.css", "text/css; charset=utf-8"));
        endpoints.MapGet("/chat/config", Config);

        // The page's own token, for one new conversation with a new user: the secret never
        // reaches the browser.
        endpoints.MapPost("/chat/token", (DirectLineTokens tokens) =>
        {
            var conversationId = DirectLineTokens.NewConversationId();
            return TypedResults.Ok(new { conversationId, token = tokens.Issue(conversationId, DirectLineTokens.NewUserId()), expires_in = (int)tokens.Lifetime.TotalSeconds });
        });
        return endpoints;
    }

    private static JsonHttpResult<object> Config(DialogCatalog dialogs, CodeLists lists)
    {
        var names = lists.Languages.ToDictionary(l => l.Code, l => l.NativeName, StringComparer.Ordinal);
        var languages = dialogs.Languages.Order(StringComparer.Ordinal).Select(code => new
        {
            code,
            name = names.GetValueOrDefault(code, code.ToUpper(CultureInfo.InvariantCulture)),
            rtl = RightToLeft.Contains(code),
            texts = LabelKeys.ToDictionary(key => key, key => dialogs.Text(code, "chat." + key) ?? dialogs.Text(dialogs.Schema.DefaultLanguage, "chat." + key) ?? key),
        });
        return TypedResults.Json<object>(new { defaultLanguage = dialogs.Schema.DefaultLanguage, languages });
    }

    private static FileStreamHttpResult Asset(HttpContext context, string name, string contentType)
    {
        // Only this site's own files and calls: no script or style from anywhere else.
        context.Response.Headers.ContentSecurityPolicy = "default-src 'self'; frame-ancestors 'self'";
        context.Response.Headers.XContentTypeOptions = "nosniff";
        var stream = typeof(ChatPage).Assembly.GetManifestResourceStream($"Mentoring.Web.Chat.{name}")
            ?? throw new InvalidOperationException($"The chat page's {name} is not built into the binary.");
        return TypedResults.Stream(stream, contentType);
    }
}
