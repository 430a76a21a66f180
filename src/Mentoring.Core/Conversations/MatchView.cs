using System.Text.Json;
using Mentoring.Conversations.Bot;
using Mentoring.Conversations.Dialogs;
using Mentoring.Core.Data;
using Mentoring.Core.Domain;
using Mentoring.Core.Programme;
using Mentoring.Matching;
using Microsoft.EntityFrameworkCore;

namespace Mentoring.Core.Conversations;

/// <summary>
/// The match a notice is about, from the side of the person in the conversation: whether the step
/// the notice asks for is still open, the other person as the flows show them, and whether both
/// agreed to share their phone numbers.
/// </summary>
internal static class MatchView
{
    public const string MatchIdField = "match-id";
    public const string OpenField = "match-open";
    public const string ContactSharedField = "contact-shared";
    public const string ContactField = "match-contact";

    /// <summary>The reasons a mentor is told, in this order; the others are for coordinators.</summary>
    public static readonly IReadOnlyList<string> ToldReasons =
        [Reason.SameSector, Reason.RelatedSector, Reason.GoalOffered, Reason.SharedLanguage, Reason.CommonTime, Reason.SameTown];

    public static IEnumerable<string> ReasonTexts => ToldReasons.Select(code => "reason." + code);

    /// <summary>The match of the event the flow runs for (its value's <c>matchId</c>), else the one the flow noted.</summary>
    public static Guid? MatchIdOf(DialogActionContext context)
    {
        if (context.EventValue is { ValueKind: JsonValueKind.Object } value && value.TryGetProperty("matchId", out var id) && id.TryGetGuid(out var fromEvent))
        {
            return fromEvent;
        }

        return Guid.TryParse(context.Values.GetText(MatchIdField), out var stored) ? stored : null;
    }

    public static async Task<Person?> OtherAsync(MentoringDbContext db, Match match, Guid me, CancellationToken cancellationToken)
    {
        var other = match.MentorId == me ? match.MenteeId : match.MentorId;
        return await SignUp.WithProfiles(db).FirstOrDefaultAsync(p => p.Id == other, cancellationToken);
    }

    /// <summary>
    /// A phone number both sides agreed to exchange for this match, or null: then a coordinator
    /// arranges the first meeting. Each side's answer is the one given with their answer to this
    /// match (the mentor's when accepting, the mentee's when confirming), not one given for another;
    /// and both must write from a phone.
    /// </summary>
    public static string? SharedContact(Person me, Person other, Match match)
    {
        var (mentor, mentee) = match.MentorId == me.Id ? (me, other) : (other, me);
        if (!SharesFor(mentor, match.AcceptedAt) || !SharesFor(mentee, match.ActivatedAt))
        {
            return null;
        }

        // Numbers are exchanged, never given one way: someone on web chat has none to give.
        var phone = PhoneOf(other);
        return phone is null || PhoneOf(me) is null ? null : phone.ChannelId == Channels.WhatsApp ? $"{phone.Address} (WhatsApp)" : phone.Address;
    }

    /// <summary>The phone number the person last wrote from, if they write from one.</summary>
    public static ChannelAddress? PhoneOf(Person person) =>
        person.ChannelAddresses.Where(a => Channels.IsPhone(a.ChannelId)).OrderByDescending(a => a.LastInboundAt).FirstOrDefault();

    private static bool SharesFor(Person person, DateTimeOffset? answeredAt) =>
        answeredAt is { } at && person.Consents.Where(c => c.Purpose == ConsentPurpose.ShareContact && c.At == at).Select(c => c.Granted).LastOrDefault();

    /// <summary>
    /// An answer to a notice about a match, the same way for every side: the person and the match,
    /// the answer itself, and "no longer open" when there is no match or it moved on meanwhile
    /// (expired, cancelled): then nothing changes.
    /// </summary>
    public static async Task AnswerAsync(
        MentoringDbContext db, DialogActionContext context, TimeProvider time, Func<Person, Guid, DateTimeOffset, Task> answer, CancellationToken cancellationToken)
    {
        var me = await SignUp.FindAsync(db, context.TurnContext, cancellationToken);
        if (me is null || MatchIdOf(context) is not { } matchId)
        {
            context.Say("match.gone");
            return;
        }

        var now = time.GetUtcNow();
        try
        {
            await answer(me, matchId, now);
        }
        catch (DomainRuleException)
        {
            context.Say("match.gone");
        }

        me.Touch(now);
    }

    public static string GoalValue(MentoringGoal goal) => goal switch
    {
        MentoringGoal.QualificationRecognition => "qualification-recognition",
        MentoringGoal.StartingBusiness => "starting-business",
        MentoringGoal.LanguageForWork => "language-for-work",
        _ => "job-search",
    };
}
