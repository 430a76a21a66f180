using Mentoring.Conversations.Dialogs;
using Mentoring.Core.Data;
using Mentoring.Core.Domain;

namespace Mentoring.Core.Conversations;

/// <summary>The optional consent to count the person's answers, without their name, in programme reports.</summary>
public sealed class RecordReportConsentAction(MentoringDbContext db, TimeProvider time) : IDialogAction
{
    public const string ActionName = "record-report-consent";

    public string Name => ActionName;

    public async Task RunAsync(DialogActionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var person = await SignUp.FindAsync(db, context.TurnContext, cancellationToken)
            ?? throw new InvalidOperationException("The report consent comes after the consent to matching, which makes the person.");
        person.RecordConsent(new Consent(ConsentPurpose.Reports, context.Values.GetYesNo("consent-reports") == true, PrivacyTexts.Version, context.Language, context.TurnContext.Activity.ChannelId!, time.GetUtcNow()));
    }
}
