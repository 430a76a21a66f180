using Mentoring.Conversations.Dialogs;
using Mentoring.Core.Data;
using Mentoring.Core.Domain;

namespace Mentoring.Core.Conversations;

/// <summary>
/// The end of a volunteer's sign-up: the profile as answered, with the induction done (each of its
/// messages was acknowledged on the way here). A coordinator still approves the volunteer before
/// any proposal reaches them.
/// </summary>
public sealed class SaveMentorAction(MentoringDbContext db, CodeLists lists, TimeProvider time) : IDialogAction
{
    public const string ActionName = "save-mentor";

    public string Name => ActionName;

    public async Task RunAsync(DialogActionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var values = context.Values;
        var now = time.GetUtcNow();
        var person = await SignUp.FindAsync(db, context.TurnContext, cancellationToken)
            ?? throw new InvalidOperationException("A sign-up is saved only after the consent, which makes the person.");
        if (!IsComplete(values))
        {
            SignUp.MarkIncomplete(db, context, person, "volunteer sign-up", now);
            return;
        }

        var profile = Apply(person, values, lists);
        profile.CompleteInduction(now);
        person.Touch(now);
        db.AuditEntries.Add(new AuditEntry(now, "bot", "mentor.signed-up", $"Person/{person.Id}", context.TurnContext.Activity.ChannelId));
    }

    /// <summary>Whether the answers a mentor's profile cannot do without are there (a question someone got stuck on is empty).</summary>
    internal static bool IsComplete(DialogValues values) =>
        SignUp.IsComplete(values, ["first-name", "availability"]) && SignUp.LanguagesOf(values, LanguageLevel.Fluent).Count > 0
        && values.GetList("sectors").Count > 0 && values.GetList("goals").Count > 0 && values.GetNumber("capacity") is not null;

    /// <summary>The answers to the person and their profile (made, or changed); the profile's rules are checked before it changes.</summary>
    /// <exception cref="DomainRuleException">The answers break a rule of the profile.</exception>
    internal static MentorProfile Apply(Person person, DialogValues values, CodeLists lists)
    {
        // Describe's own rule first, so a refusal leaves the profile as it was too.
        if (!person.HasConsent(ConsentPurpose.Matching) || person.Status == PersonStatus.Erased)
        {
            throw new DomainRuleException("Nothing about a person is stored before they consent to matching.");
        }

        var languages = SignUp.LanguagesOf(values, LanguageLevel.Fluent);
        var sectors = values.GetList("sectors");
        var goals = values.GetList("goals").Select(SignUp.GoalOf).Distinct().ToList();
        var availability = WeeklyAvailability.Parse(values.GetText("availability")!);
        var capacity = values.GetNumber("capacity")!.Value;
        var preference = SignUp.PreferenceOf(values.GetText("mentee-gender"));
        var remote = values.GetYesNo("remote-ok") ?? false;
        var profile = person.MentorProfile;
        if (profile is not null)
        {
            profile.Change(sectors, languages, goals, availability, capacity, preference, remote, lists);
        }
        else
        {
            profile = person.BecomeMentor(new MentorProfile(sectors, languages, goals, availability, capacity, preference, remote, lists));
        }

        person.Describe(values.GetText("first-name")!, SignUp.GenderOf(values), values.GetText("town"));
        return profile;
    }
}
