using Mentoring.Conversations.Dialogs;
using Mentoring.Core.Data;
using Mentoring.Core.Domain;
using Mentoring.Core.Programme;

namespace Mentoring.Core.Conversations;

/// <summary>
/// "Delete my data": everything personal about the person goes, everywhere, in the turn's own
/// transaction (<see cref="PersonEraser"/>), and this conversation forgets everything once it has
/// said so in the person's language.
/// </summary>
public sealed class ForgetMeAction(MentoringDbContext db, PersonEraser eraser, TimeProvider time) : IDialogAction
{
    public const string ActionName = "forget-me";

    public const string DoneText = "forget.done";

    public string Name => ActionName;

    public async Task RunAsync(DialogActionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var now = time.GetUtcNow();
        var turn = context.TurnContext;
        var (channelId, key) = SignUp.AddressOf(turn);
        if (await SignUp.FindAsync(db, turn, cancellationToken) is { } person)
        {
            await eraser.EraseAsync(person, now, cancellationToken);
            db.AuditEntries.Add(new AuditEntry(now, "bot", "person.erased", $"Person/{person.Id}"));
        }

        // This conversation forgets everything, whoever it belonged to, once it has said so in
        // the person's language: the next message starts it anew.
        context.ForgetConversation();

        db.ConversationStates.Local.FirstOrDefault(s => s.ChannelId == channelId && s.ConversationKey == key)?.Unlink();
        context.Say(DoneText);
    }
}
