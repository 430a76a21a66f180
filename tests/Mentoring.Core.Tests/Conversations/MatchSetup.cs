using Mentoring.Core.Domain;
using Mentoring.Core.Programme;
using Mentoring.Core.Tests.Data;
using Microsoft.EntityFrameworkCore;

namespace Mentoring.Core.Tests.Conversations;

/// <summary>
/// Two people with a match between them, made the way the programme makes it: a mentee's request
/// and a volunteer's sign-up through the chat, a coordinator's approval, and a proposal.
/// </summary>
internal static class MatchSetup
{
    public const string MenteeNumber = "+4915112345678";
    public const string MentorNumber = "+4915198765432";

    /// <summary>Amal's request in English (numbers where the chat offers them).</summary>
    public static readonly string[] MenteeRequest =
        ["hello", "1", "1", "1", "no", "Amal", "1", "1", "2", "2", "1", "nurse", "1", "mon evening", "Nord", "yes", "1"];

    /// <summary>Jonas's sign-up in English, induction acknowledged.</summary>
    public static readonly string[] MentorSignUp =
        ["hello", "1", "2", "1", "yes", "Jonas", "2", "1", "1 2", "1", "1", "2", "mon evening", "Mitte", "yes", "1", "1", "1", "1", "1", "1"];

    /// <summary>Both sign up, and the mentor is proposed the mentee (the proposal delivered unless <paramref name="deliver"/> is false).</summary>
    public static async Task<Guid> ProposeAsync(ProgrammeChat mentee, ProgrammeChat mentor, bool deliver = true)
    {
        await mentee.SayAsync(MenteeRequest);
        await mentor.SayAsync(MentorSignUp);
        var now = TestPeople.Now;
        Guid matchId;
        await using (var db = await mentee.Database.NewContextAsync())
        {
            var mentorPerson = await db.People.Include(p => p.MentorProfile).SingleAsync(p => p.MentorProfile != null);
            var menteePerson = await db.People.Include(p => p.MenteeProfile).SingleAsync(p => p.MenteeProfile != null);
            mentorPerson.MentorProfile!.Approve("coordinator@test", now);
            var match = new Match(Guid.NewGuid(), mentorPerson.Id, menteePerson.Id, 80, [new("same-sector", 30), new("shared-language", 20), new("common-time", 10), new("waiting", 5)], now, now.AddHours(72));
            db.Matches.Add(match);
            menteePerson.MenteeProfile!.MarkProposed();
            await Notice.AddAsync(db, mentorPerson.Id, MessageKind.Proposal, Proposals.ProposalEvent, new { matchId = match.Id }, now, CancellationToken.None);
            await db.SaveChangesAsync();
            matchId = match.Id;
        }

        await mentor.NewRepliesAsync();
        if (deliver)
        {
            await mentee.DeliverNoticesAsync();
        }

        return matchId;
    }

    /// <summary>
    /// An active match: proposed, accepted by the mentor, confirmed by the mentee, both sharing
    /// their numbers; every notice delivered and every answer so far read.
    /// </summary>
    public static async Task<Guid> ActiveAsync(ProgrammeChat mentee, ProgrammeChat mentor)
    {
        var matchId = await ProposeAsync(mentee, mentor);
        await mentor.SayAsync("1", "yes");
        await mentee.DeliverNoticesAsync();
        await mentee.SayAsync("1", "yes");
        await mentee.DeliverNoticesAsync();
        await mentor.NewRepliesAsync();
        await mentee.NewRepliesAsync();
        return matchId;
    }
}
