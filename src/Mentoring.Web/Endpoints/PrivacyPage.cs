using System.Net;
using System.Text;
using Mentoring.Conversations.Dialogs;
using Mentoring.Core.Conversations;

namespace Mentoring.Web.Endpoints;

/// <summary>
/// <c>/privacy?lang=xx</c>: the full privacy notice the consent question links to, in the person's
/// language (the dialogs' <c>privacy.*</c> texts), readable on any phone: plain HTML, no scripts.
/// </summary>
public static class PrivacyPage
{
    public static IEndpointRouteBuilder MapPrivacyPage(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/privacy", (HttpContext context, DialogCatalog dialogs, string? lang) =>
        {
            var language = lang is not null && dialogs.Languages.Contains(lang) ? lang : dialogs.Schema.DefaultLanguage;
            var title = WebUtility.HtmlEncode(dialogs.Text(language, PrivacyTexts.Title));
            var html = new StringBuilder()
                .Append(System.Globalization.CultureInfo.InvariantCulture, $"<!DOCTYPE html><html lang=\"{language}\" dir=\"{(ChatPage.IsRightToLeft(language) ? "rtl" : "ltr")}\"><head><meta charset=\"utf-8\">")
                .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .Append(System.Globalization.CultureInfo.InvariantCulture, $"<title>{title}</title><style>body{{font:1.05rem/1.5 system-ui,sans-serif;max-width:40rem;margin:1rem auto;padding:0 1rem}}</style></head><body><h1>{title}</h1>");
            foreach (var paragraph in (dialogs.Text(language, PrivacyTexts.Full) ?? string.Empty).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                html.Append("<p>").Append(WebUtility.HtmlEncode(paragraph)).Append("</p>");
            }

            html.Append("<nav>");
            foreach (var other in dialogs.Languages.Order(StringComparer.Ordinal))
            {
                html.Append(System.Globalization.CultureInfo.InvariantCulture, $"<a href=\"/privacy?lang={other}\" lang=\"{other}\">{WebUtility.HtmlEncode(dialogs.Text(other, "language." + other) ?? other)}</a> ");
            }

            html.Append("</nav></body></html>");
            context.Response.Headers.ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'";
            return TypedResults.Content(html.ToString(), "text/html; charset=utf-8");
        });
        return endpoints;
    }
}
