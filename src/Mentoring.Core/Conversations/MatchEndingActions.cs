using Mentoring.Conversations.Dialogs;
using Mentoring.Core.Data;
using Mentoring.Core.Domain;
using Mentoring.Core.Programme;
using Microsoft.EntityFrameworkCore;

namespace Mentoring.Core.Conversations;

/// <summary>
/// "End my match" and "new mentor": <c>load-my-match</c> says where the person stands in
/// <c>my-match</c> (<c>none</c> without a sign-up; <c>mentor</c>, <c>mentor-active</c> or
/// <c>mentor-several</c>; <c>mentee-active</c>, <c>mentee-waiting</c> or <c>mentee-withdrawn</c>;
/// <c>busy</c> while an ending or a survey is being answered, which is finished first) with their
/// active match in <c>my-match-id</c> and <c>my-match-name</c> (fields of their own, so a question
/// of another flow waiting underneath keeps its names), and forgets the answers of an earlier ending.
/// </summary>
public sealed class LoadMyMatchAction(MentoringDbContext db, MatchEndings endings) : IDialogAction
{
    public const string ActionName = "load-my-match";

    public const string SituationField = "my-match";
    public const string IdField = "my-match-id";
    public const string NameField = "my-match-name";
    public const string ChoicesField = "my-matches";
    public const string ChoiceIdsField = "my-match-ids";

    /// <summary>Flows whose questions an ending would restart or whose answers it would overwrite.</summary>
    public static readonly IReadOnlyList<string> BusyFlows = ["match-ended", "new-mentor-offer", "survey-answer"];

    /// <summary>The fields an ending fills in; cleared first, so nothing of an earlier one is read.</summary>
    internal static readonly IReadOnlyList<string> EndingFields = ["end-confirmed", "end-reason", "end-words", "end-which", "wants-new-mentor", "ended-side", SurveyFields.OpenField];

    public string Name => ActionName;

    public async Task RunAsync(DialogActionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var values = context.Values;
        if (BusyFlows.Any(context.IsGoingOn))
        {
            values.Set(SituationField, "busy");
            return;
        }

        foreach (var field in EndingFields)
        {
            values.Remove(field);
        }

        var me = await SignUp.FindAsync(db, context.TurnContext, cancellationToken);
        if (me is null || (me.MenteeProfile is null && me.MentorProfile is null))
        {
            values.Set(SituationField, SignUp.None);
            return;
        }

        var matches = await endings.ActiveMatchesOfAsync(me.Id, cancellationToken);
        if (matches.Count > 1)
        {
            // A mentor with several mentees says which mentoring they mean.
            var names = new List<string>();
            foreach (var match in matches)
            {
                names.Add((await MatchView.OtherAsync(db, match, me.Id, cancellationToken))?.FirstName ?? "?");
            }

            values.Set(SituationField, "mentor-several");
            values.Set(ChoicesField, string.Join('\n', names.Select((name, index) => $"{index + 1}. {name}")));
            values.Set(ChoiceIdsField, matches.Select(m => m.Id.ToString()));
            return;
        }

        if (matches.Count == 1)
        {
            await ChooseAsync(db, values, me, matches[0], cancellationToken);
            return;
        }

        values.Set(SituationField, me.MenteeProfile switch
        {
            { State: MenteeState.Withdrawn } => "mentee-withdrawn",
            not null => "mentee-waiting",
            null => SignUp.Mentor,
        });
    }

    internal static async Task ChooseAsync(MentoringDbContext db, DialogValues values, Person me, Match match, CancellationToken cancellationToken)
    {
        var other = await MatchView.OtherAsync(db, match, me.Id, cancellationToken);
        values.Set(SituationField, match.MenteeId == me.Id ? "mentee-active" : "mentor-active");
        values.Set(IdField, match.Id.ToString());
        values.Set("first-name", me.FirstName ?? string.Empty);
        values.Set(NameField, other?.FirstName ?? "?");
    }
}

/// <summary>
/// A mentor with several mentees chose which mentoring to end (<c>end-which</c>, a number of the
/// list): it becomes their match; a number not in the list changes nothing (<c>my-match</c> is then
/// <c>none-picked</c>).
/// </summary>
public sealed class PickMyMatchAction(MentoringDbContext db) : IDialogAction
{
    public const string ActionName = "pick-my-match";

    public string Name => ActionName;

    public async Task RunAsync(DialogActionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var values = context.Values;
        var ids = values.GetList(LoadMyMatchAction.ChoiceIdsField);
        var me = await SignUp.FindAsync(db, context.TurnContext, cancellationToken);
        var match = me is not null && values.GetNumber("end-which") is { } number && number >= 1 && number <= ids.Count && Guid.TryParse(ids[number - 1], out var id)
            ? await db.Matches.FirstOrDefaultAsync(m => m.Id == id && m.State == MatchState.Active, cancellationToken)
            : null;
        if (match is null)
        {
            values.Set(LoadMyMatchAction.SituationField, "none-picked");
            return;
        }

        await LoadMyMatchAction.ChooseAsync(db, values, me!, match, cancellationToken);
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
        values.Remove("ended-side");
        values.Set(SurveyFields.OpenField, false);
        if (values.GetYesNo("end-confirmed") != true)
        {
            context.Say("end.kept");
            return;
        }

        var me = await SignUp.FindAsync(db, context.TurnContext, cancellationToken);
        var match = me is null || !Guid.TryParse(values.GetText(LoadMyMatchAction.IdField), out var id)
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
/// The answer to "shall we look for a (new) mentor?" (<c>wants-new-mentor</c>): yes puts a mentee
/// who had left the waiting list back in it (one still in it keeps their place, or their proposal);
/// no takes them out of it, with any proposal a round made them meanwhile.
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
            if (wants && mentee.State == MenteeState.Withdrawn)
            {
                mentee.ReturnToWaiting(now);
            }
            else if (!wants && mentee.State is MenteeState.Waiting or MenteeState.Proposed)
            {
                // A round may have proposed them since: that proposal is withdrawn too.
                foreach (var open in await db.Matches.Where(m => m.MenteeId == me.Id && m.State != MatchState.Active && Match.OpenStates.Contains(m.State)).ToListAsync(cancellationToken))
                {
                    open.Cancel(now, "the mentee no longer wants a mentor");
                }

                mentee.Withdraw();
            }

            me.Touch(now);
        }

        context.Say(wants ? "ended.looking" : "ended.not-looking");
    }
}
