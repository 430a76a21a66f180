using Mentoring.Conversations.Dialogs;
using Mentoring.Core.Data;
using Mentoring.Core.Domain;
using Microsoft.EntityFrameworkCore;

namespace Mentoring.Core.Conversations;

/// <summary>
/// "My profile": <c>load-profile</c> puts what is stored about the person into the fields the
/// sign-up flows use (so the summary and the change questions read as they did), and sets
/// <c>profile</c> to <c>mentee</c>, <c>mentor</c> or <c>none</c>.
/// </summary>
public sealed class LoadProfileAction(MentoringDbContext db) : IDialogAction
{
    public const string ActionName = "load-profile";

    public const string ProfileField = "profile";

    public string Name => ActionName;

    public async Task RunAsync(DialogActionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var values = context.Values;
        values.Remove("profile-saved");
        var person = await SignUp.FindAsync(db, context.TurnContext, cancellationToken);
        if (person is null || person.Status == PersonStatus.Erased || (person.MenteeProfile is null && person.MentorProfile is null))
        {
            values.Set(ProfileField, SignUp.None);
            return;
        }

        values.Set("first-name", person.FirstName ?? string.Empty);
        values.Set("gender", SignUp.GenderValue(person.Gender));
        values.Set("town", person.Town ?? string.Empty);
        if (person.MenteeProfile is { } mentee)
        {
            values.Set(ProfileField, SignUp.Mentee);
            values.Set("mentor-gender", SignUp.PreferenceValue(mentee.MentorGenderPreference));
            // German is its own question (with its level), as in the request.
            values.Set("languages", mentee.Languages.Where(l => l.Code != "de").Select(l => l.Code));
            values.Set("german-level", mentee.Languages.FirstOrDefault(l => l.Code == "de")?.Level.ToString().ToLowerInvariant() ?? "none");
            values.Set("sector", mentee.SectorWanted);
            values.Set("profession", mentee.PreviousProfession ?? string.Empty);
            values.Set("goal", MatchView.GoalValue(mentee.Goal));
            values.Set("availability", mentee.Availability.ToString());
            values.Set("remote-ok", mentee.RemoteOk);
            return;
        }

        var mentor = person.MentorProfile!;
        values.Set(ProfileField, SignUp.Mentor);
        values.Set("mentee-gender", SignUp.PreferenceValue(mentor.MenteeGenderPreference));
        values.Set("languages", mentor.Languages.Select(l => l.Code));
        values.Remove("german-level");
        values.Set("sectors", mentor.Sectors);
        values.Set("goals", mentor.GoalsOffered.Select(MatchView.GoalValue));
        values.Set("capacity", mentor.Capacity);
        values.Set("availability", mentor.Availability.ToString());
        values.Set("remote-ok", mentor.RemoteOk);
    }
}

/// <summary>
/// "My profile", after one answer was changed: saves the whole profile from the fields (the others
/// are as stored), and sets <c>profile-saved</c>. A change the profile's rules refuse, or a question
/// the person got stuck on, changes nothing and says so.
/// </summary>
public sealed class SaveProfileAction(MentoringDbContext db, CodeLists lists, TimeProvider time) : IDialogAction
{
    public const string ActionName = "save-profile";

    public const string NotSavedText = "profile.not-saved";

    public string Name => ActionName;

    public async Task RunAsync(DialogActionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var values = context.Values;
        var now = time.GetUtcNow();
        var person = await SignUp.FindAsync(db, context.TurnContext, cancellationToken);
        var saved = false;
        var problem = "an answer is missing: the person got stuck on the question";
        if (person is not null && values.GetText(LoadProfileAction.ProfileField) is SignUp.Mentee or SignUp.Mentor)
        {
            try
            {
                // A question someone got stuck on leaves its answer empty: then nothing changes.
                if (values.GetText(LoadProfileAction.ProfileField) == SignUp.Mentee && person.MenteeProfile is not null && SaveMenteeAction.IsComplete(values))
                {
                    SaveMenteeAction.Apply(person, values, lists, now);
                    saved = true;
                }
                else if (values.GetText(LoadProfileAction.ProfileField) == SignUp.Mentor && person.MentorProfile is not null && SaveMentorAction.IsComplete(values))
                {
                    SaveMentorAction.Apply(person, values, lists);
                    saved = true;
                }
            }
            catch (DomainRuleException refused)
            {
                problem = refused.Message;
            }
        }

        values.Set("profile-saved", saved);
        if (!saved)
        {
            if (person is not null)
            {
                db.Cases.Add(new Case(Guid.NewGuid(), CaseKind.Problem, $"A change to the profile in the chat could not be saved ({problem}). Please look at it with the person.", now, personId: person.Id));
            }

            context.Say(NotSavedText);
            return;
        }

        person!.Touch(now);
        db.AuditEntries.Add(new AuditEntry(now, "bot", "profile.changed", $"Person/{person.Id}", values.GetText("change-field")));
    }
}
