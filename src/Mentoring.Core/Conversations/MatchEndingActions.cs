using Mentoring.Conversations.Dialogs;
using Mentoring.Core.Data;
using Mentoring.Core.Domain;
using Mentoring.Core.Programme;
using Microsoft.EntityFrameworkCore;

namespace Mentoring.Core.Conversations;

/// <summary>
/// "End my match" and "new mentor": <c>load-my-match</c> says where the person stands in
/// <c>my-match</c> (<c>none</c> without a sign-up; <c>mentor</c> or <c>mentor-active</c>;
/// <c>mentee-active</c>, <c>mentee-waiting</c> or <c>mentee-withdrawn</c>) with their active
/// match, and forgets the answers of an earlier ending.
/// </summary>
public sealed class LoadMyMatchAction(MentoringDbContext db, MatchEndings endings) : IDialogAction
{
    public const string ActionName = "load-my-match";

    public const string SituationField = "my-match";

    /// <summary>The fields an ending fills in; cleared first, so nothing of an earlier one is read.</summary>
    internal static readonly IReadOnlyList<string> EndingFields = ["end-confirmed", "end-reason", "end-words", "wants-new-mentor", "ended-side", SurveyFields.OpenField];

    public string Name => ActionName;

    public async Task RunAsync(DialogActionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var values = context.Values;
        foreach (var field in EndingFields)
        {
            values.Remove(field);
        }

        var me = await SignUp.FindAsync(db, context.TurnContext, cancellationToken);
        var match = me is null ? null : await endings.ActiveMatchOfAsync(me.Id, cancellationToken);
        if (me is null || (me.MenteeProfile is null && me.MentorProfile is null))
        {
            values.Set(SituationField, SignUp.None);
            return;
        }

        if (match is not null)
        {
            var other = await MatchView.OtherAsync(db, match, me.Id, cancellationToken);
            values.Set(SituationField, match.MenteeId == me.Id ? "mentee-active" : "mentor-active");
            values.Set(MatchView.MatchIdField, match.Id.ToString());
            values.Set("first-name", me.FirstName ?? string.Empty);
            values.Set("match-name", other?.FirstName ?? "?");
            return;
        }

        values.Set(SituationField, me.MenteeProfile switch
        {
            { State: MenteeState.Withdrawn } => "mentee-withdrawn",
            not null => "mentee-waiting",
            null => SignUp.Mentor,
        });
    }
}

/// <summary>
/// Ends the person's active match after "end my match" (reason from <c>end-reason</c>) or "new
/// mentor" (reason <c>new-mentor</c>), when <c>end-confirmed</c> is yes; else nothing changes.
/// Sets <c>ended-side</c> (a mentee is then asked whether they want a new mentor) and the end
/// survey's fields.
/// </summary>
public abstract class EndMatchActionBase(MentoringDbContext db, MatchEndings endings, Surveys surveys, TimeProvider time) : IDialogAction
{
    public static readonly IReadOnlyList<string> Texts = ["end.done", "end.kept", "newmentor.done", "match.gone"];

    public abstract string Name { get; }

    protected abstract string DoneText { get; }

    protected abstract string ReasonOf(DialogValues values);

    public async Task RunAsync(DialogActionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var values = context.Values;
        var words = values.GetText("end-words");
        values.Remove("end-words");
        if (values.GetYesNo("end-confirmed") != true)
        {
            context.Say("end.kept");
            return;
        }

        var me = await SignUp.FindAsync(db, context.TurnContext, cancellationToken);
        var match = me is null || !Guid.TryParse(values.GetText(MatchView.MatchIdField), out var id)
            ? null
            : await db.Matches.FirstOrDefaultAsync(m => m.Id == id, cancellationToken);
        try
        {
            if (me is null || match is null)
            {
                throw new DomainRuleException("There is no match to end.");
            }

            await endings.EndAsync(match, me.Id, ReasonOf(values), words, cancellationToken);
        }
        catch (DomainRuleException)
        {
            context.Say("match.gone");
            return;
        }

        me.Touch(time.GetUtcNow());
        context.Say(DoneText);
        var side = match.MenteeId == me.Id ? SignUp.Mentee : SignUp.Mentor;
        values.Set("ended-side", side);
        await SurveyFields.OpenAsync(values, surveys, match.Id, me.Id, side, FeedbackKind.End, cancellationToken);
    }
}

public sealed class EndMatchAction(MentoringDbContext db, MatchEndings endings, Surveys surveys, TimeProvider time)
    : EndMatchActionBase(db, endings, surveys, time)
{
    public const string ActionName = "end-match";

    public override string Name => ActionName;

    protected override string DoneText => "end.done";

    protected override string ReasonOf(DialogValues values) =>
        values.GetText("end-reason") is { } reason && MatchEndings.Reasons.Contains(reason) ? reason : "other";
}

/// <summary>"New mentor": the mentee's match ends for a new one; they go back to the waiting list, so they are not asked whether they want one.</summary>
public sealed class NewMentorAction(MentoringDbContext db, MatchEndings endings, Surveys surveys, TimeProvider time)
    : EndMatchActionBase(db, endings, surveys, time)
{
    public const string ActionName = "new-mentor";

    public override string Name => ActionName;

    protected override string DoneText => "newmentor.done";

    protected override string ReasonOf(DialogValues values) => "new-mentor";
}

/// <summary>
/// The answer to "shall we look for a (new) mentor?" (<c>wants-new-mentor</c>): yes puts the
/// mentee in the waiting list (again), no takes them out of it.
/// </summary>
public sealed class KeepLookingAction(MentoringDbContext db, TimeProvider time) : IDialogAction
{
    public const string ActionName = "keep-looking";

    public static readonly IReadOnlyList<string> Texts = ["ended.looking", "ended.not-looking"];

    public string Name => ActionName;

    public async Task RunAsync(DialogActionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var now = time.GetUtcNow();
        var me = await SignUp.FindAsync(db, context.TurnContext, cancellationToken);
        var wants = context.Values.GetYesNo("wants-new-mentor") == true;
        if (me?.MenteeProfile is { } mentee)
        {
            if (wants)
            {
                mentee.ReturnToWaiting(now);
            }
            else if (mentee.State == MenteeState.Waiting)
            {
                mentee.Withdraw();
            }

            me.Touch(now);
        }

        context.Say(wants ? "ended.looking" : "ended.not-looking");
    }
}
