using Mentoring.Conversations.Dialogs;
using Mentoring.Core.Programme;
using Microsoft.Extensions.DependencyInjection;

namespace Mentoring.Core.Conversations;

public static class ConversationServiceCollectionExtensions
{
    /// <summary>
    /// The programme's side of the dialogs: every action <see cref="MentoringConversation.Schema"/>
    /// names, and the programme services they act through. The host adds the dialogs themselves.
    /// </summary>
    public static IServiceCollection AddMentoringConversations(this IServiceCollection services)
    {
        services.AddScoped<Proposals>();
        services.AddScoped<CheckIns>();
        services.AddScoped<PersonEraser>();
        services.AddScoped<MatchEndings>();
        services.AddScoped<Surveys>();
        services.AddScoped<IDialogAction, SetLanguageAction>();
        services.AddScoped<IDialogAction, RecordConsentAction>();
        services.AddScoped<IDialogAction, RecordReportConsentAction>();
        services.AddScoped<IDialogAction, SaveMenteeAction>();
        services.AddScoped<IDialogAction, SaveMentorAction>();
        services.AddScoped<IDialogAction, ForgetMeAction>();
        services.AddScoped<IDialogAction, ReportProblemAction>();
        services.AddScoped<IDialogAction, LoadMatchAction>();
        services.AddScoped<IDialogAction, AnswerProposalAction>();
        services.AddScoped<IDialogAction, AnswerIntroductionAction>();
        services.AddScoped<IDialogAction, LoadCheckInAction>();
        services.AddScoped<IDialogAction, AnswerCheckInAction>();
        services.AddScoped<IDialogAction, PauseAction>();
        services.AddScoped<IDialogAction, ResumeAction>();
        services.AddScoped<IDialogAction, LoadProfileAction>();
        services.AddScoped<IDialogAction, SaveProfileAction>();
        services.AddScoped<IDialogAction, LoadMyMatchAction>();
        services.AddScoped<IDialogAction, PickMyMatchAction>();
        services.AddScoped<IDialogAction, EndMatchAction>();
        services.AddScoped<IDialogAction, NewMentorAction>();
        services.AddScoped<IDialogAction, KeepLookingAction>();
        services.AddScoped<IDialogAction, LoadSurveyAction>();
        services.AddScoped<IDialogAction, AnswerSurveyAction>();
        return services;
    }
}
