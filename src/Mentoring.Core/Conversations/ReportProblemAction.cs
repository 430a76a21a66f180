using Mentoring.Conversations.Dialogs;
using Mentoring.Core.Data;
using Mentoring.Core.Domain;
using Microsoft.EntityFrameworkCore;

namespace Mentoring.Core.Conversations;

/// <summary>"Report a problem": the person's own words become a Case for coordinators, linked to them if they are known.</summary>
public sealed class ReportProblemAction(MentoringDbContext db, TimeProvider time) : IDialogAction
{
    public const string ActionName = "report-problem";

    public string Name => ActionName;

    public async Task RunAsync(DialogActionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var person = await SignUp.FindAsync(db, context.TurnContext, cancellationToken);
        var words = context.Values.GetText("problem") is { Length: > 0 } text ? text : "(no words given)";
        var (channelId, _) = SignUp.AddressOf(context.TurnContext);
        var match = person is null
            ? null
            : await db.Matches.Where(m => (m.MentorId == person.Id || m.MenteeId == person.Id) && m.State == MatchState.Active).Select(m => (Guid?)m.Id).FirstOrDefaultAsync(cancellationToken);
        db.Cases.Add(new Case(Guid.NewGuid(), CaseKind.Problem, $"Reported on {channelId}: {words}", time.GetUtcNow(), match, person?.Id));
        context.Values.Remove("problem");
    }
}
