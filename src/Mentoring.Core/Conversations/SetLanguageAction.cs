using Mentoring.Conversations.Dialogs;
using Mentoring.Core.Data;
using Mentoring.Core.Programme;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace Mentoring.Core.Conversations;

/// <summary>
/// The language chosen at the first question: from here on the bot speaks it, and the consent's
/// link points to the privacy notice in it. Someone already known keeps it as their language.
/// </summary>
public sealed class SetLanguageAction(MentoringDbContext db, IOptions<ProgrammeOptions> programme, IConfiguration configuration) : IDialogAction
{
    public const string ActionName = "set-language";

    public string Name => ActionName;

    public async Task RunAsync(DialogActionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Values.GetText("language") is { } language)
        {
            context.Language = language;
        }

        context.Values.Set("privacy-url", PrivacyUrl(context.Language));
        if (await SignUp.FindAsync(db, context.TurnContext, cancellationToken) is { } person)
        {
            person.ChangeLanguage(context.Language);
        }
    }

    /// <summary>The programme's own notice if it has one (<c>Programme:PrivacyUrl</c>), else this service's <c>/privacy</c> page.</summary>
    private string PrivacyUrl(string language)
    {
        if (programme.Value.PrivacyUrl is { Length: > 0 } own)
        {
            return own;
        }

        var publicBase = configuration["PublicBaseUrl"] is { Length: > 0 } url ? url.TrimEnd('/') : string.Empty;
        return $"{publicBase}/privacy?lang={language}";
    }
}
