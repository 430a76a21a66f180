using Mentoring.Conversations.Dialogs;
using Mentoring.Core.Data;
using Mentoring.Core.Domain;
using Mentoring.Core.Programme;

namespace Mentoring.Core.Conversations;

/// <summary>
/// The mentor's answer to a proposal, in the turn's transaction: accepted (the mentee is
/// introduced next, and whether the mentor shares their number is kept as consent), declined (the
/// mentee keeps their place), or a question (a Case; the proposal stays open). Says what happens next.
/// </summary>
public sealed class AnswerProposalAction(MentoringDbContext db, Proposals proposals, TimeProvider time) : IDialogAction
{
    public const string ActionName = "answer-proposal";

    public static readonly IReadOnlyList<string> Texts = ["proposal.accepted", "proposal.declined", "proposal.question-sent", "match.gone"];

    public string Name => ActionName;

    public async Task RunAsync(DialogActionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var values = context.Values;
        await MatchView.AnswerAsync(db, context, time, AnswerAsync, cancellationToken);

        async Task AnswerAsync(Person me, Guid matchId, DateTimeOffset now)
        {
            switch (values.GetText("proposal-answer"))
            {
                case "accept":
                    await proposals.AcceptAsync(matchId, me.Id, cancellationToken, save: false);
                    me.RecordConsent(new Consent(ConsentPurpose.ShareContact, values.GetYesNo("share-contact") == true, PrivacyTexts.Version, context.Language, context.TurnContext.Activity.ChannelId!, now));
                    context.Say("proposal.accepted");
                    break;
                case "decline":
                    await proposals.DeclineAsync(matchId, me.Id, "declined by the mentor", cancellationToken, save: false);
                    context.Say("proposal.declined");
                    break;
                default:
                    db.Cases.Add(new Case(Guid.NewGuid(), CaseKind.ProposalQuestion, "The mentor has a question about this proposal.", now, matchId, me.Id));
                    context.Say("proposal.question-sent");
                    break;
            }
        }
    }
}
