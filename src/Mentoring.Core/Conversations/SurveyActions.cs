using System.Globalization;
using System.Text.Json;
using Mentoring.Conversations.Dialogs;
using Mentoring.Core.Data;
using Mentoring.Core.Domain;
using Mentoring.Core.Programme;
using Microsoft.EntityFrameworkCore;

namespace Mentoring.Core.Conversations;

/// <summary>The fields of the survey the flows ask: which match, which survey, which side, and whether it is still open.</summary>
internal static class SurveyFields
{
    public const string OpenField = "survey-open";
    public const string KindField = "survey-kind";
    public const string SideField = "survey-side";

    /// <summary>The survey's own match field: a proposal arriving while a survey question waits must not change which match it is about.</summary>
    public const string MatchField = "survey-match";

    public static async Task OpenAsync(DialogValues values, Surveys surveys, Guid matchId, Guid personId, string side, FeedbackKind kind, CancellationToken cancellationToken)
    {
        var open = await surveys.IsOpenAsync(matchId, personId, kind, cancellationToken);
        values.Set(OpenField, open);
        values.Set(KindField, Surveys.NameOf(kind));
        values.Set(SideField, side);
        values.Set(MatchField, matchId.ToString());
        foreach (var answer in new[] { "survey-rating", "survey-outcome", "survey-comment" })
        {
            values.Remove(answer);
        }
    }
}

/// <summary>
/// The first step of the survey's flow (the programme's event <c>mentoring.survey</c>): the match
/// and the kind of survey, from this person's side; <c>survey-open</c> when they have not answered it.
/// </summary>
public sealed class LoadSurveyAction(MentoringDbContext db, Surveys surveys) : IDialogAction
{
    public const string ActionName = "load-survey";

    public string Name => ActionName;

    public async Task RunAsync(DialogActionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var values = context.Values;
        values.Set(SurveyFields.OpenField, false);
        var me = await SignUp.FindAsync(db, context.TurnContext, cancellationToken);
        var kind = context.EventValue is { ValueKind: JsonValueKind.Object } value && value.TryGetProperty("kind", out var named) && named.ValueKind == JsonValueKind.String
            ? Surveys.KindNamed(named.GetString())
            : null;
        var matchId = MatchView.MatchIdOf(context);
        var match = me is null || matchId is null || kind is null ? null : await db.Matches.FirstOrDefaultAsync(m => m.Id == matchId && (m.MentorId == me.Id || m.MenteeId == me.Id), cancellationToken);
        if (match is null)
        {
            return;
        }

        var other = await MatchView.OtherAsync(db, match, me!.Id, cancellationToken);
        values.Set("first-name", me.FirstName ?? string.Empty);
        values.Set("match-name", other?.FirstName ?? "?");
        await SurveyFields.OpenAsync(values, surveys, match.Id, me.Id, match.MenteeId == me.Id ? SignUp.Mentee : SignUp.Mentor, kind!.Value, cancellationToken);
    }
}

/// <summary>
/// Stores the survey's answers (a rating, the outcome, the comment unless the person wrote 0) and
/// thanks the person. A survey someone got stuck in is not stored; one answered already stays as it was.
/// </summary>
public sealed class AnswerSurveyAction(Surveys surveys, MentoringDbContext db) : IDialogAction
{
    public const string ActionName = "answer-survey";

    public const string ThanksText = "survey.thanks";

    public string Name => ActionName;

    public async Task RunAsync(DialogActionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var values = context.Values;
        var comment = values.GetText("survey-comment");
        values.Remove("survey-comment");
        var me = await SignUp.FindAsync(db, context.TurnContext, cancellationToken);
        var kind = Surveys.KindNamed(values.GetText(SurveyFields.KindField));
        var outcome = OutcomeOf(values.GetText("survey-outcome"));
        if (me is not null && kind is not null && outcome is not null && values.GetNumber("survey-rating") is { } rating and >= 1 and <= 5
            && Guid.TryParse(values.GetText(SurveyFields.MatchField), out var matchId))
        {
            await surveys.AnswerAsync(matchId, me.Id, kind.Value, rating, outcome.Value, IsNothing(comment) ? null : comment, cancellationToken);
        }

        values.Set(SurveyFields.OpenField, false);
        context.Say(ThanksText);
    }

    private static FeedbackOutcome? OutcomeOf(string? value) => value switch
    {
        "none-yet" => FeedbackOutcome.NoneYet,
        "job" => FeedbackOutcome.Job,
        "training" => FeedbackOutcome.TrainingOrInternship,
        "recognition" => FeedbackOutcome.RecognitionStarted,
        "business" => FeedbackOutcome.BusinessStarted,
        _ => null,
    };

    /// <summary>"0" in any script (or a dash): the person has nothing to add.</summary>
    private static bool IsNothing(string? comment) =>
        string.IsNullOrWhiteSpace(comment)
        || comment.Trim() is "-" or "–"
        || comment.Trim().All(c => char.IsDigit(c) && CharUnicodeInfo.GetDecimalDigitValue(c) == 0);
}
