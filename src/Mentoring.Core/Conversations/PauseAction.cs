using Mentoring.Conversations.Dialogs;
using Mentoring.Core.Data;
using Mentoring.Core.Domain;

namespace Mentoring.Core.Conversations;

/// <summary>"Pause": the person gets no proposals (matching skips them) and no check-ins until they resume.</summary>
public sealed class PauseAction(MentoringDbContext db, TimeProvider time) : IDialogAction
{
    public const string ActionName = "pause";

    public static readonly IReadOnlyList<string> Texts = ["pause.done", "resume.done", "signup.none"];

    public string Name => ActionName;

    public async Task RunAsync(DialogActionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (await SignUp.FindAsync(db, context.TurnContext, cancellationToken) is not { Status: not PersonStatus.Erased } person)
        {
            context.Say("signup.none");
            return;
        }

        person.Pause();
        person.Touch(time.GetUtcNow());
        context.Say("pause.done");
    }
}

/// <summary>"Resume": proposals and check-ins again.</summary>
public sealed class ResumeAction(MentoringDbContext db, TimeProvider time) : IDialogAction
{
    public const string ActionName = "resume";

    public string Name => ActionName;

    public async Task RunAsync(DialogActionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (await SignUp.FindAsync(db, context.TurnContext, cancellationToken) is not { Status: not PersonStatus.Erased } person)
        {
            context.Say("signup.none");
            return;
        }

        person.Resume();
        person.Touch(time.GetUtcNow());
        context.Say("resume.done");
    }
}
