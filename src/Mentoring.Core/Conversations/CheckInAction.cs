using System.Text.Json;
using Mentoring.Conversations.Dialogs;
using Mentoring.Core.Data;
using Mentoring.Core.Domain;
using Mentoring.Core.Programme;
using Microsoft.EntityFrameworkCore;

namespace Mentoring.Core.Conversations;

/// <summary>
/// A check-in in the conversations: <c>load-check-in</c> finds the check-in the notice is about
/// (still unanswered, by this person) and the other person's first name; <c>answer-check-in</c>
/// records the answer with the person's own words, and a problem becomes a Case with them. The
/// check-in's reminder loads it the same way.
/// </summary>
public sealed class LoadCheckInAction(MentoringDbContext db) : IDialogAction
{
    public const string ActionName = "load-check-in";

    public const string IdField = "check-in-id";
    public const string OpenField = "check-in-open";
    public const string RemindedField = "check-in-reminded";

    public string Name => ActionName;

    public async Task RunAsync(DialogActionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var values = context.Values;
        var me = await SignUp.FindAsync(db, context.TurnContext, cancellationToken);
        Guid? id = context.EventValue is { ValueKind: JsonValueKind.Object } value && value.TryGetProperty("checkInId", out var property) && property.TryGetGuid(out var read) ? read : null;
        var checkIn = id is null || me is null ? null : await db.CheckIns.FirstOrDefaultAsync(c => c.Id == id && c.PersonId == me.Id, cancellationToken);
        var match = checkIn is null ? null : await db.Matches.FirstOrDefaultAsync(m => m.Id == checkIn.MatchId && m.State == MatchState.Active, cancellationToken);
        var open = checkIn is { IsAnswered: false } && match is not null;
        if (context.EventName == CheckIns.ReminderEvent && context.IsGoingOn("check-in"))
        {
            // A check-in's question is waiting here already: remind of it if it is this one (it is
            // asked again when the reminder ends), and change nothing that question reads. Another
            // one's question comes when that one is answered.
            values.Set(RemindedField, open && values.GetText(IdField) == checkIn!.Id.ToString());
            values.Set(OpenField, false);
            return;
        }

        values.Set(RemindedField, open && context.EventName == CheckIns.ReminderEvent);
        values.Set(OpenField, open);
        if (!open)
        {
            return;
        }

        var other = await MatchView.OtherAsync(db, match!, me!.Id, cancellationToken);
        values.Set(IdField, checkIn!.Id.ToString());
        values.Set("first-name", me.FirstName ?? string.Empty);
        values.Set("match-name", other?.FirstName ?? "?");
        values.Remove("check-in-note");
    }
}

public sealed class AnswerCheckInAction(MentoringDbContext db, TimeProvider time) : IDialogAction
{
    public const string ActionName = "answer-check-in";

    public static readonly IReadOnlyList<string> Texts = ["checkin.thanks", "checkin.problem-thanks"];

    public string Name => ActionName;

    public async Task RunAsync(DialogActionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var values = context.Values;
        var now = time.GetUtcNow();
        var checkIn = Guid.TryParse(values.GetText(LoadCheckInAction.IdField), out var id)
            ? await db.CheckIns.FirstOrDefaultAsync(c => c.Id == id, cancellationToken)
            : null;
        if (checkIn is null || checkIn.IsAnswered)
        {
            context.Say("match.gone");
            return;
        }

        var answer = values.GetText("check-in-answer") switch
        {
            "met" => CheckInAnswer.Met,
            "problem" => CheckInAnswer.Problem,
            _ => CheckInAnswer.NotYet,
        };
        var note = values.GetText("check-in-note");
        checkIn.RecordAnswer(answer, now, note);
        values.Remove("check-in-note");
        if (answer == CheckInAnswer.Problem)
        {
            db.Cases.Add(new Case(Guid.NewGuid(), CaseKind.Problem, $"Check-in: {note ?? "(no words given)"}", now, checkIn.MatchId, checkIn.PersonId));
            context.Say("checkin.problem-thanks");
            return;
        }

        context.Say("checkin.thanks");
    }
}
