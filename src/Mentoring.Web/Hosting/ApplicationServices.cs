using Mentoring.Conversations.BotFramework;
using Mentoring.Conversations.Dialogs;
using Mentoring.Conversations.DirectLine;
using Mentoring.Conversations.Pipeline;
using Mentoring.Conversations.Twilio;
using Mentoring.Core;
using Mentoring.Core.Conversations;
using Mentoring.Core.Data;
using Mentoring.Core.Domain;
using Mentoring.Core.Jobs;
using Mentoring.Core.Messaging;
using Mentoring.Core.Programme;

namespace Mentoring.Web.Hosting;

public static class ApplicationServices
{
    public const string DialogsPathKey = "Dialogs:Path";

    /// <summary>Everything the one process composes: storage, jobs, the programme.</summary>
    public static void AddApplicationServices(this IHostApplicationBuilder builder, HostCommand command)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddSingleton(command);
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddProblemDetails();
        builder.Services.AddMentoringStorage();
        builder.Services.AddMentoringJobs();
        builder.Services.AddMentoringMessaging();
        builder.Services.AddBotFramework(builder.Configuration);
        builder.Services.AddDirectLine(builder.Configuration);
        builder.Services.AddTwilio(builder.Configuration);

        // Numbers written without a country code are read in the programme's country, unless the
        // Twilio section says otherwise.
        builder.Services.PostConfigure<TwilioOptions>(twilio =>
        {
            if (string.IsNullOrWhiteSpace(builder.Configuration["Twilio:DefaultRegion"]) && builder.Configuration["Programme:DefaultRegion"] is { Length: > 0 } region)
            {
                twilio.DefaultRegion = region;
            }
        });
        builder.Services.AddOptions<MessagingOptions>().BindConfiguration(MessagingOptions.Section);
        builder.Services.AddSingleton<ITurnMiddleware, PhoneChannelMiddleware>();
        builder.Services.AddOptions<ProgrammeOptions>()
            .BindConfiguration(ProgrammeOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddSingleton(sp => LoadCodeLists(sp.GetRequiredService<IConfiguration>()));
        builder.Services.AddDialogs(sp => LoadDialogs(sp.GetRequiredService<IConfiguration>()));
        builder.Services.AddMentoringConversations();
        builder.Services.AddOptions<MatchingOptions>()
            .BindConfiguration(MatchingOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddScoped<DemoProgramme>();
        builder.Services.AddScoped<ProposalRound>();
        builder.Services.AddScoped<MatchingRoundJob>();
        builder.Services.AddScoped<ProposalExpiryJob>();
        builder.Services.AddScoped<CheckInJob>();
        builder.Services.AddScoped<RetentionPurgeJob>();
    }

    /// <summary><c>dialogs/</c> is copied beside the binary; <c>Dialogs:Path</c> points elsewhere.</summary>
    public static string DialogsPath(IConfiguration configuration) =>
        configuration[DialogsPathKey] is { Length: > 0 } path ? path : Path.Combine(AppContext.BaseDirectory, "dialogs");

    /// <summary>The flows and texts, checked when first needed: the start-up step asks for them before serving.</summary>
    private static DialogCatalog LoadDialogs(IConfiguration configuration)
    {
        var dialogs = DialogsPath(configuration);
        if (!Directory.Exists(dialogs))
        {
            throw new InvalidSettingException(DialogsPathKey, $"'{dialogs}' is not a folder; it must name the dialogs folder (flows/, locales/, commands.yaml).");
        }

        return DialogCatalog.Load(dialogs, MentoringConversation.Schema);
    }

    private static CodeLists LoadCodeLists(IConfiguration configuration)
    {
        var dialogs = DialogsPath(configuration);
        try
        {
            return CodeLists.Load(Path.Combine(dialogs, "lists"));
        }
        catch (Exception e) when (e is IOException or InvalidDataException)
        {
            throw new InvalidSettingException(DialogsPathKey, $"must name the dialogs folder with lists/sectors.yaml and lists/languages.yaml: {e.Message}", e);
        }
    }
}
