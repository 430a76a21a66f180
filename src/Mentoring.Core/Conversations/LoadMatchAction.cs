using Mentoring.Conversations.Dialogs;
using Mentoring.Core.Data;
using Mentoring.Core.Domain;
using Mentoring.Core.Programme;
using Microsoft.EntityFrameworkCore;

namespace Mentoring.Core.Conversations;

/// <summary>
/// The first step of a notice's flow: the match it is about, seen from this person's side. Sets
/// <c>match-open</c> (is the step the notice asks for still possible: the proposal not expired,
/// the introduction not declined, the match ended) and the other person's details as the flows show them.
/// </summary>
public sealed class LoadMatchAction(MentoringDbContext db, Surveys surveys) : IDialogAction
{
    public const string ActionName = "load-match";

    /// <summary>For the end of a match: <c>ended</c> by the other side, or <c>left</c> (they deleted their data).</summary>
    public const string EndedHowField = "ended-how";

    /// <summary><c>mentor</c> or <c>mentee</c> when the person writes from a phone (may we share your number?), else empty.</summary>
    public const string ShareAsField = "share-as";

    public string Name => ActionName;

    public async Task RunAsync(DialogActionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var values = context.Values;
        var turn = context.TurnContext;
        var me = await SignUp.FindAsync(db, turn, cancellationToken);
        var matchId = MatchView.MatchIdOf(context);
        var match = matchId is null ? null : await db.Matches.FirstOrDefaultAsync(m => m.Id == matchId, cancellationToken);
        var other = match is null || me is null ? null : await MatchView.OtherAsync(db, match, me.Id, cancellationToken);
        var open = match is not null && me is not null && other is not null && context.EventName switch
        {
            Proposals.ProposalEvent => match.State == MatchState.Proposed && match.MentorId == me.Id,
            Proposals.IntroductionEvent => match.State == MatchState.Accepted && match.MenteeId == me.Id,
            Proposals.ConfirmedEvent => match.State == MatchState.Active && match.MentorId == me.Id,
            MatchEndings.EndedEvent => match.State == MatchState.Ended && (match.MentorId == me.Id || match.MenteeId == me.Id),
            Proposals.IntroductionDeclinedEvent => match.State == MatchState.Declined && match.MentorId == me.Id,
            _ => false,
        };
        values.Set(MatchView.OpenField, open);
        values.Set(EndedHowField, open && context.EventName == MatchEndings.EndedEvent ? (other!.Status == PersonStatus.Erased ? "left" : "ended") : string.Empty);
        values.Set("ended-side", open && context.EventName == MatchEndings.EndedEvent && match!.MenteeId == me!.Id ? SignUp.Mentee : string.Empty);
        values.Set(SurveyFields.OpenField, false);
        if (!open)
        {
            return;
        }

        if (context.EventName == MatchEndings.EndedEvent)
        {
            await SurveyFields.OpenAsync(values, surveys, match!.Id, me!.Id, match.MenteeId == me.Id ? SignUp.Mentee : SignUp.Mentor, FeedbackKind.End, cancellationToken);
        }

        values.Set(MatchView.MatchIdField, match!.Id.ToString());
        values.Set("first-name", me!.FirstName ?? string.Empty);
        values.Set("match-name", other!.FirstName ?? "?");

        // Asked only of someone who writes from a phone, and never read from an earlier match.
        values.Remove("share-contact");
        values.Set(ShareAsField, MatchView.PhoneOf(me) is null ? string.Empty : match.MentorId == me.Id ? SignUp.Mentor : SignUp.Mentee);
        if (context.EventName is MatchEndings.EndedEvent or Proposals.IntroductionDeclinedEvent)
        {
            // A match that is over: its name is all the conversation needs, not the other's details.
            foreach (var field in PersonEraser.PartnerFields.Except(["match-name"]))
            {
                values.Remove(field);
            }

            return;
        }

        values.Set("match-town", other.Town ?? "–");
        if (other.MenteeProfile is { } mentee && match.MenteeId == other.Id)
        {
            values.Set("match-sector", mentee.SectorWanted);
            values.Set("match-goal", MatchView.GoalValue(mentee.Goal));
            values.Set("match-languages", mentee.Languages.Select(l => l.Code));
            values.Set("match-availability", mentee.Availability.ToString());
        }
        else if (other.MentorProfile is { } mentor)
        {
            values.Set("match-sectors", mentor.Sectors);
            values.Set("match-goals", mentor.GoalsOffered.Select(MatchView.GoalValue));
            values.Set("match-languages", mentor.Languages.Select(l => l.Code));
            values.Set("match-availability", mentor.Availability.ToString());
        }

        var reasons = MatchView.ToldReasons.Where(code => match.Reasons.Any(r => r.Code == code)).Select(code => context.Text("reason." + code)).ToList();
        values.Set("match-reasons", string.Join(context.Text("dialog.comma") + " ", reasons));
        var contact = MatchView.SharedContact(me, other, match);
        values.Set(MatchView.ContactSharedField, contact is not null);
        values.Set(MatchView.ContactField, contact ?? string.Empty);
    }
}
