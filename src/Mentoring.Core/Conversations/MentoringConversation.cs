using Mentoring.Conversations.Dialogs;
using Mentoring.Core.Messaging;
using Mentoring.Core.Programme;

namespace Mentoring.Core.Conversations;

/// <summary>
/// What the dialogs in <c>dialogs/</c> may store and do: first contact, consent, a mentee's request
/// a mentor's sign-up, the life of a match and what people can do any time. Every field a flow asks for is here, and every action the programme runs.
/// </summary>
public static class MentoringConversation
{
    /// <summary>The languages every conversation must exist in; a missing text in any of them stops the start.</summary>
    public static readonly IReadOnlyList<string> Languages = ["en", "de", "ar", "uk", "fr", "es"];

    public static DialogSchema Schema { get; } = new(
        [
            new("language", DialogFieldKind.Text),
            new("privacy-url", DialogFieldKind.Text),
            new("role", DialogFieldKind.Text),
            new("consent-choice", DialogFieldKind.Text),
            new("consent-after-notice", DialogFieldKind.YesNo),
            new(SignUp.SignupField, DialogFieldKind.Text),
            new("consent-reports", DialogFieldKind.YesNo),
            new("first-name", DialogFieldKind.Text),
            new("gender", DialogFieldKind.Text),
            new("mentor-gender", DialogFieldKind.Text),
            new("mentee-gender", DialogFieldKind.Text),
            new("languages", DialogFieldKind.List),
            new("german-level", DialogFieldKind.Text),
            new("sector", DialogFieldKind.Text),
            new("sectors", DialogFieldKind.List),
            new("profession", DialogFieldKind.Text),
            new("goal", DialogFieldKind.Text),
            new("goals", DialogFieldKind.List),
            new("capacity", DialogFieldKind.Number),
            new("availability", DialogFieldKind.Availability),
            new("town", DialogFieldKind.Text),
            new("remote-ok", DialogFieldKind.YesNo),
            new("summary-choice", DialogFieldKind.Text),
            new("change-field", DialogFieldKind.Text),
            new("induction-1", DialogFieldKind.Text),
            new("induction-2", DialogFieldKind.Text),
            new("induction-3", DialogFieldKind.Text),
            new("induction-4", DialogFieldKind.Text),
            new("induction-5", DialogFieldKind.Text),
            new("menu-choice", DialogFieldKind.Text),
            new("forget-confirmed", DialogFieldKind.YesNo),
            new(MatchView.MatchIdField, DialogFieldKind.Text),
            new(MatchView.OpenField, DialogFieldKind.YesNo),
            new("match-name", DialogFieldKind.Text),
            new("match-town", DialogFieldKind.Text),
            new("match-sector", DialogFieldKind.Text) { ReadsAs = "sector" },
            new("match-sectors", DialogFieldKind.List) { ReadsAs = "sectors" },
            new("match-goal", DialogFieldKind.Text) { ReadsAs = "goal" },
            new("match-goals", DialogFieldKind.List) { ReadsAs = "goals" },
            new("match-languages", DialogFieldKind.List) { ReadsAs = "languages" },
            new("match-availability") { ReadsAs = "availability" },
            new("match-reasons", DialogFieldKind.Text),
            new(MatchView.ContactSharedField, DialogFieldKind.YesNo),
            new(MatchView.ContactField, DialogFieldKind.Text),
            new("proposal-answer", DialogFieldKind.Text),
            new("introduction-answer", DialogFieldKind.Text),
            new("share-contact", DialogFieldKind.YesNo),
            new(LoadCheckInAction.IdField, DialogFieldKind.Text),
            new(LoadCheckInAction.OpenField, DialogFieldKind.YesNo),
            new("check-in-answer", DialogFieldKind.Text),
            new("check-in-note", DialogFieldKind.Text),
            new("pause-confirmed", DialogFieldKind.YesNo),
            new("problem", DialogFieldKind.Text),
            new(LoadCheckInAction.RemindedField, DialogFieldKind.YesNo),
            new(LoadProfileAction.ProfileField, DialogFieldKind.Text),
            new("profile-choice", DialogFieldKind.Text),
            new("profile-saved", DialogFieldKind.YesNo),
            new(LoadMyMatchAction.SituationField, DialogFieldKind.Text),
            new("end-confirmed", DialogFieldKind.YesNo),
            new("end-reason", DialogFieldKind.Text),
            new("end-words", DialogFieldKind.Text),
            new("ended-side", DialogFieldKind.Text),
            new(LoadMatchAction.EndedHowField, DialogFieldKind.Text),
            new("wants-new-mentor", DialogFieldKind.YesNo),
            new(SurveyFields.OpenField, DialogFieldKind.YesNo),
            new(SurveyFields.KindField, DialogFieldKind.Text),
            new(SurveyFields.SideField, DialogFieldKind.Text),
            new("survey-rating", DialogFieldKind.Number),
            new("survey-outcome", DialogFieldKind.Text),
            new("survey-comment", DialogFieldKind.Text),
            new(SurveyFields.MatchField, DialogFieldKind.Text),
            new(LoadMatchAction.ShareAsField, DialogFieldKind.Text),
            new(LoadMyMatchAction.IdField, DialogFieldKind.Text),
            new(LoadMyMatchAction.NameField, DialogFieldKind.Text),
            new(LoadMyMatchAction.ChoicesField, DialogFieldKind.Text),
            new(LoadMyMatchAction.ChoiceIdsField, DialogFieldKind.List),
            new("end-which", DialogFieldKind.Number),
        ],
        [SetLanguageAction.ActionName, RecordConsentAction.ActionName, RecordReportConsentAction.ActionName, SaveMenteeAction.ActionName, SaveMentorAction.ActionName, ForgetMeAction.ActionName, ReportProblemAction.ActionName, LoadMatchAction.ActionName, AnswerProposalAction.ActionName, AnswerIntroductionAction.ActionName, LoadCheckInAction.ActionName, AnswerCheckInAction.ActionName, PauseAction.ActionName, ResumeAction.ActionName,
            LoadProfileAction.ActionName, SaveProfileAction.ActionName, LoadMyMatchAction.ActionName, PickMyMatchAction.ActionName, EndMatchAction.ActionName, NewMentorAction.ActionName, KeepLookingAction.ActionName,
            LoadSurveyAction.ActionName, AnswerSurveyAction.ActionName,
        ],
        "start",
        "en")
    {
        MenuFlow = "menu",
        StuckFlow = "help",
        Languages = Languages,
        Texts =
        [
            .. PhoneChannelMiddleware.Texts, .. PrivacyTexts.All, SignUp.IncompleteText, ForgetMeAction.DoneText,
            .. AnswerProposalAction.Texts, .. AnswerIntroductionAction.Texts.Except(AnswerProposalAction.Texts), .. MatchView.ReasonTexts, .. AnswerCheckInAction.Texts, .. PauseAction.Texts,
            SaveProfileAction.NotSavedText, .. EndMatchActionBase.Texts.Except(["match.gone"]), .. KeepLookingAction.Texts, AnswerSurveyAction.ThanksText,
        ],
        EventFlows = new Dictionary<string, string>
        {
            [Proposals.ProposalEvent] = "proposal",
            [Proposals.IntroductionEvent] = "introduction",
            [Proposals.ConfirmedEvent] = "match-confirmed",
            [CheckIns.CheckInEvent] = "check-in",
            [CheckIns.ReminderEvent] = "check-in-reminder",
            [MatchEndings.EndedEvent] = "match-ended",
            [Proposals.IntroductionDeclinedEvent] = "introduction-declined",
            [Surveys.SurveyEvent] = "survey",
        },
        ReminderEvents = new HashSet<string> { CheckIns.ReminderEvent },
    };
}
