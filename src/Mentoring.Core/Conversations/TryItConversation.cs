using Mentoring.Conversations.Dialogs;
using Mentoring.Core.Messaging;

namespace Mentoring.Core.Conversations;

/// <summary>
/// What the dialogs in <c>dialogs/</c> may store and do: for now the sample flow people try on
/// <c>/chat</c> (every kind of question once). The mentoring flows extend it.
/// </summary>
public static class TryItConversation
{
    public static DialogSchema Schema { get; } = new(
        [
            new("first-name", DialogFieldKind.Text),
            new("role", DialogFieldKind.Text),
            new("mentee-count", DialogFieldKind.Number),
            new("availability", DialogFieldKind.Availability),
            new("languages", DialogFieldKind.List),
            new("confirmed", DialogFieldKind.YesNo),
            new("menu-choice", DialogFieldKind.Text),
        ],
        [SaveSampleAction.ActionName],
        "try-it",
        "en")
    {
        MenuFlow = "menu",
        StuckFlow = "help",
        Languages = ["en", "de", "ar"],
        Texts = PhoneChannelMiddleware.Texts,
    };
}
