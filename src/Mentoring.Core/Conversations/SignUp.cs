using System.Text.Json;
using Mentoring.Conversations.Bot;
using Mentoring.Conversations.Dialogs;
using Mentoring.Core.Data;
using Mentoring.Core.Domain;
using Mentoring.Core.Messaging;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Mentoring.Core.Conversations;

/// <summary>
/// What the sign-up actions share: who the person of a conversation is (found by the address they
/// write from, so the same phone is the same person), and how the flows' answers read as the
/// programme's values.
/// </summary>
internal static class SignUp
{
    /// <summary>Set by the consent: <c>mentee</c>, <c>mentor</c>, or <c>none</c> after a no.</summary>
    public const string SignupField = "signup";

    public const string Mentee = "mentee";
    public const string Mentor = "mentor";
    public const string None = "none";

    /// <summary>Set when answers the profile needs are missing (someone got stuck): a coordinator completes it.</summary>
    public const string Incomplete = "incomplete";

    /// <summary>The person's address on the channel: the conversation, as the outbox addresses it (an E.164 number on SMS and WhatsApp).</summary>
    public static (string ChannelId, string Address) AddressOf(ITurnContext turn)
    {
        var activity = turn.Activity;
        return (activity.ChannelId!, StoredKey.Fit(activity.Conversation!.Id!, 256));
    }

    // Compiled once: the sign-up turns read the person on every answer they store (WithProfiles, as one query).
    private static readonly CompiledPerModel<Func<MentoringDbContext, Guid, CancellationToken, Task<Person>>> PersonWithProfiles = new(() =>
        EF.CompileAsyncQuery((MentoringDbContext db, Guid id, CancellationToken _) =>
            db.People.Include(p => p.MenteeProfile).Include(p => p.MentorProfile).Include(p => p.Consents).Include(p => p.ChannelAddresses).AsSingleQuery()
                .First(p => p.Id == id)));

    public static async Task<Person?> FindAsync(MentoringDbContext db, ITurnContext turn, CancellationToken cancellationToken)
    {
        var (channelId, key) = AddressOf(turn);
        var address = await turn.Services.GetRequiredService<TurnAddress>().GetAsync(db, channelId, key, cancellationToken);
        return address is null ? null : await PersonWithProfiles.For(db)(db, address.PersonId, cancellationToken);
    }

    /// <summary>
    /// People with what the conversations read and change of them: profiles, consents, addresses
    /// (as <see cref="FindAsync"/> reads one).
    /// One query: a person has a handful of consents and one or two addresses, so their product is
    /// small, and each split query would be a round trip of its own.
    /// </summary>
    public static IQueryable<Person> WithProfiles(MentoringDbContext db) =>
        db.People.Include(p => p.MenteeProfile).Include(p => p.MentorProfile).Include(p => p.Consents).Include(p => p.ChannelAddresses).AsSingleQuery();

    /// <summary>What a proactive message to this person needs later (the Bot Framework's conversation reference).</summary>
    public static string ReferenceOf(ITurnContext turn)
    {
        var activity = turn.Activity;
        return JsonSerializer.Serialize(
            new { channelId = activity.ChannelId, serviceUrl = activity.ServiceUrl, conversation = new { id = activity.Conversation?.Id }, user = new { id = activity.From?.Id }, bot = new { id = activity.Recipient?.Id }, locale = activity.Locale },
            JsonSerializerOptions.Web);
    }

    public static Gender GenderOf(DialogValues values) => values.GetText("gender") switch
    {
        "woman" => Gender.Woman,
        "man" => Gender.Man,
        "non-binary" => Gender.NonBinary,
        _ => Gender.Unspecified,
    };

    public static string GenderValue(Gender gender) => gender switch
    {
        Gender.Woman => "woman",
        Gender.Man => "man",
        Gender.NonBinary => "non-binary",
        _ => "unspecified",
    };

    public static string PreferenceValue(GenderPreference preference) => preference switch
    {
        GenderPreference.PreferSame => "prefer-same",
        GenderPreference.RequireSame => "require-same",
        _ => "none",
    };

    public static GenderPreference PreferenceOf(string? value) => value switch
    {
        "prefer-same" => GenderPreference.PreferSame,
        "require-same" => GenderPreference.RequireSame,
        _ => GenderPreference.None,
    };

    public static MentoringGoal GoalOf(string? value) => value switch
    {
        "qualification-recognition" => MentoringGoal.QualificationRecognition,
        "starting-business" => MentoringGoal.StartingBusiness,
        "language-for-work" => MentoringGoal.LanguageForWork,
        _ => MentoringGoal.JobSearch,
    };

    /// <summary>
    /// The languages chosen, each spoken well; German at the level asked for it ("not yet" leaves
    /// it out, even when ticked in the list).
    /// </summary>
    public static List<LanguageSkill> LanguagesOf(DialogValues values, LanguageLevel spokenLevel)
    {
        var german = values.GetText("german-level") switch
        {
            "basic" => LanguageLevel.Basic,
            "conversational" => LanguageLevel.Conversational,
            "fluent" => LanguageLevel.Fluent,
            "native" => LanguageLevel.Native,
            "none" => (LanguageLevel?)null,
            _ => values.GetList("languages").Contains("de") ? spokenLevel : null,
        };
        var skills = values.GetList("languages").Where(code => code != "de").Distinct().Select(code => new LanguageSkill(code, spokenLevel)).ToList();
        if (german is { } level)
        {
            skills.Insert(0, new LanguageSkill("de", level));
        }

        return skills;
    }

    /// <summary>Whether every field has an answer: a question someone got stuck on is skipped and stays empty.</summary>
    public static bool IsComplete(DialogValues values, IEnumerable<string> fields) => fields.All(field => values.GetText(field) is { Length: > 0 });

    /// <summary>
    /// Someone got stuck on a question the profile cannot do without: nothing half is saved; a
    /// coordinator completes it with them, and the person is told so.
    /// </summary>
    public static void MarkIncomplete(MentoringDbContext db, DialogActionContext context, Person person, string what, DateTimeOffset now)
    {
        db.Cases.Add(new Case(Guid.NewGuid(), CaseKind.Problem, $"The {what} could not be completed in the chat: some answers are missing. Please complete it with the person.", now, personId: person.Id));
        context.Values.Set(SignupField, Incomplete);
        context.Say(IncompleteText);
    }

    public const string IncompleteText = "signup.incomplete";
}
