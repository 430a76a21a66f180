using Mentoring.Conversations.Dialogs;
using Mentoring.Core.Data;
using Mentoring.Core.Domain;

namespace Mentoring.Core.Conversations;

/// <summary>
/// The sample flow's last step: records that someone completed it (never what they answered,
/// which stays in the conversation's state), in the turn's transaction.
/// </summary>
public sealed class SaveSampleAction(MentoringDbContext db, TimeProvider time) : IDialogAction
{
    public const string ActionName = "save-sample";

    public string Name => ActionName;

    public Task RunAsync(DialogActionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var activity = context.TurnContext.Activity;
        db.AuditEntries.Add(new AuditEntry(time.GetUtcNow(), "bot", "try-it.completed", $"Conversation/{activity.ChannelId}", context.Language));
        return Task.CompletedTask;
    }
}
