using Mentoring.Conversations.Dialogs;
using Mentoring.Core.Data;
using Mentoring.Core.Domain;
using Mentoring.Core.Programme;

namespace Mentoring.Core.Conversations;

/// <summary>
/// The mentee's answer to an introduction, in the turn's transaction: confirmed (the match is
/// active; phone numbers are exchanged only if both agreed, else a coordinator arranges the first
/// meeting), declined (they keep their place on the waiting list), or a question (a Case).
/// </summary>
public sealed class AnswerIntroductionAction(MentoringDbContext db, Proposals proposals, TimeProvider time) : IDialogAction
{
    public const string ActionName = "answer-introduction";

    public static readonly IReadOnlyList<string> Texts =
        ["introduction.confirmed-contact", "introduction.confirmed-coordinator", "introduction.declined", "proposal.question-sent", "match.gone"];

    public string Name => ActionName;

    public async Task RunAsync(DialogActionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var values = context.Values;
        await MatchView.AnswerAsync(db, context, time, AnswerAsync, cancellationToken);

        async Task AnswerAsync(Person me, Guid matchId, DateTimeOffset now)
        {
            switch (values.GetText("introduction-answer"))
            {
                case "accept":
                    await proposals.ConfirmAsync(matchId, me.Id, cancellationToken, save: false);
                    me.RecordConsent(new Consent(ConsentPurpose.ShareContact, values.GetYesNo("share-contact") == true, PrivacyTexts.Version, context.Language, context.TurnContext.Activity.ChannelId!, now));
                    var match = db.Matches.Local.Single(m => m.Id == matchId);
                    var mentor = await MatchView.OtherAsync(db, match, me.Id, cancellationToken);
                    var contact = mentor is null ? null : MatchView.SharedContact(me, mentor, match);
                    values.Set(MatchView.ContactField, contact ?? string.Empty);
                    if (contact is null)
                    {
                        db.Cases.Add(new Case(Guid.NewGuid(), CaseKind.Problem, "A new match did not exchange phone numbers: please help them arrange the first meeting.", now, matchId, me.Id));
                    }

                    context.Say(contact is null ? "introduction.confirmed-coordinator" : "introduction.confirmed-contact");
                    break;
                case "decline":
                    await proposals.DeclineAsync(matchId, me.Id, "declined by the mentee", cancellationToken, save: false);
                    context.Say("introduction.declined");
                    break;
                default:
                    db.Cases.Add(new Case(Guid.NewGuid(), CaseKind.ProposalQuestion, "The mentee has a question about the mentor proposed.", now, matchId, me.Id));
                    context.Say("proposal.question-sent");
                    break;
            }
        }
    }
}
