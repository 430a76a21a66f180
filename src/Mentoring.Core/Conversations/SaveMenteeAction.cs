using Mentoring.Conversations.Dialogs;
using Mentoring.Core.Data;
using Mentoring.Core.Domain;

namespace Mentoring.Core.Conversations;

/// <summary>
/// The end of a mentee's request: the profile, stored exactly as answered, and the person joins
/// the waiting list (matching rounds pick them up). A request made again changes the profile and
/// keeps the place in the list.
/// </summary>
public sealed class SaveMenteeAction(MentoringDbContext db, CodeLists lists, TimeProvider time) : IDialogAction
{
    public const string ActionName = "save-mentee";

    public string Name => ActionName;

    public async Task RunAsync(DialogActionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var values = context.Values;
        var now = time.GetUtcNow();
        var person = await SignUp.FindAsync(db, context.TurnContext, cancellationToken)
            ?? throw new InvalidOperationException("A request is saved only after the consent, which makes the person.");
        if (!IsComplete(values))
        {
            SignUp.MarkIncomplete(db, context, person, "mentee request", now);
            return;
        }

        Apply(person, values, lists, now);
        person.Touch(now);
        db.AuditEntries.Add(new AuditEntry(now, "bot", "mentee.requested", $"Person/{person.Id}", context.TurnContext.Activity.ChannelId));
    }

    /// <summary>Whether the answers a mentee's profile cannot do without are there (a question someone got stuck on is empty).</summary>
    internal static bool IsComplete(DialogValues values) =>
        SignUp.IsComplete(values, ["first-name", "sector", "goal", "availability"]) && SignUp.LanguagesOf(values, LanguageLevel.Fluent).Count > 0;

    /// <summary>The answers to the person and their profile (made, or changed); the profile's rules are checked before it changes.</summary>
    /// <exception cref="DomainRuleException">The answers break a rule of the profile.</exception>
    internal static void Apply(Person person, DialogValues values, CodeLists lists, DateTimeOffset now)
    {
        // Describe's own rule first, so a refusal leaves the profile as it was too.
        if (!person.HasConsent(ConsentPurpose.Matching) || person.Status == PersonStatus.Erased)
        {
            throw new DomainRuleException("Nothing about a person is stored before they consent to matching.");
        }

        var languages = SignUp.LanguagesOf(values, LanguageLevel.Fluent);
        var availability = WeeklyAvailability.Parse(values.GetText("availability")!);
        var sector = values.GetText("sector")!;
        var profession = values.GetText("profession");
        var goal = SignUp.GoalOf(values.GetText("goal"));
        var preference = SignUp.PreferenceOf(values.GetText("mentor-gender"));
        var remote = values.GetYesNo("remote-ok") ?? false;
        if (person.MenteeProfile is { } profile)
        {
            profile.Change(sector, profession, languages, goal, availability, preference, remote, lists);
        }
        else
        {
            person.BecomeMentee(new MenteeProfile(sector, profession, languages, goal, availability, preference, remote, now, lists));
        }

        person.Describe(values.GetText("first-name")!, SignUp.GenderOf(values), values.GetText("town"));
    }
}
