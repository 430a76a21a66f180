using Mentoring.Conversations.Dialogs;
using Mentoring.Core.Data;
using Mentoring.Core.Domain;
using Mentoring.Core.Programme;
using Microsoft.Extensions.Options;

namespace Mentoring.Core.Conversations;

/// <summary>
/// The answer to the consent to matching, kept as evidence (which text version, in which language,
/// on which channel, when). This is where a person starts to exist: with their address and
/// language, and nothing else until they said yes. A no keeps only the no; the conversation forgets
/// everything but the language.
/// </summary>
public sealed class RecordConsentAction(MentoringDbContext db, IOptions<ProgrammeOptions> programme, TimeProvider time) : IDialogAction
{
    public const string ActionName = "record-consent";

    public string Name => ActionName;

    public async Task RunAsync(DialogActionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var values = context.Values;
        var granted = values.GetText("consent-choice") == "yes"
            || (values.GetText("consent-choice") == "more" && values.GetYesNo("consent-after-notice") == true);
        var now = time.GetUtcNow();
        var turn = context.TurnContext;
        var person = await SignUp.FindAsync(db, turn, cancellationToken);
        if (person is null)
        {
            person = new Person(Guid.NewGuid(), context.Language, programme.Value.TimeZone, now);
            var (channelId, address) = SignUp.AddressOf(turn);
            person.AddChannelAddress(new ChannelAddress(Guid.NewGuid(), channelId, address)).RecordInbound(now, SignUp.ReferenceOf(turn));
            db.People.Add(person);
        }

        person.RecordConsent(new Consent(ConsentPurpose.Matching, granted, PrivacyTexts.Version, context.Language, turn.Activity.ChannelId!, now));
        person.Touch(now);
        LinkConversation(turn, person.Id);

        if (granted)
        {
            values.Set(SignUp.SignupField, values.GetText("role") == "volunteer" ? SignUp.Mentor : SignUp.Mentee);
            return;
        }

        // Nothing but the no: the conversation keeps only the language it speaks.
        foreach (var field in new[] { "role", "consent-choice", "consent-after-notice" })
        {
            values.Remove(field);
        }

        values.Set(SignUp.SignupField, SignUp.None);
    }

    /// <summary>The conversation's state belongs to the person from now on (the outbox addresses them by it).</summary>
    private void LinkConversation(Mentoring.Conversations.Bot.ITurnContext turn, Guid personId)
    {
        var (channelId, key) = SignUp.AddressOf(turn);
        db.ConversationStates.Local.FirstOrDefault(s => s.ChannelId == channelId && s.ConversationKey == key)?.LinkTo(personId);
    }
}
