using System.Text.Json.Nodes;
using Mentoring.Conversations.Dialogs;
using Mentoring.Core.Data;
using Mentoring.Core.Domain;
using Microsoft.EntityFrameworkCore;

namespace Mentoring.Core.Programme;

/// <summary>
/// Erases a person everywhere, in the caller's unit of work ("delete my data", the retention
/// purge): their details and addresses, the free text of their profiles, check-ins, feedback and
/// cases, their open matches (cancelled), the messages to and from them (outbox, web chat
/// transcripts) and what their conversations remember. What stays is an anonymous row for the
/// programme's counts and the consent answers as evidence, which hold nothing personal.
/// </summary>
public sealed class PersonEraser(MentoringDbContext db)
{
    /// <summary>Erases <paramref name="person"/>, loaded with their channel addresses and profiles; the caller saves.</summary>
    public async Task EraseAsync(Person person, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var id = person.Id;
        var addresses = person.ChannelAddresses.Select(a => (a.ChannelId, a.Address)).ToList();
        var states = await db.ConversationStates.Where(s => s.PersonId == id).ToListAsync(cancellationToken);
        foreach (var (channelId, address) in addresses)
        {
            // Their conversations from before they consented are theirs too.
            states.AddRange(await db.ConversationStates.Where(s => s.ChannelId == channelId && s.ConversationKey == address && s.PersonId == null).ToListAsync(cancellationToken));
        }

        var conversations = states.Where(s => s.ChannelId is "directline" or "webchat").Select(s => s.ConversationKey).ToList();
        foreach (var state in states)
        {
            state.Unlink();
            state.Save("{}", now);
        }

        // Removed through the context, so the deletes commit with the rest of the turn or not at all.
        db.DirectLineActivities.RemoveRange(await db.DirectLineActivities.Where(a => conversations.Contains(a.ConversationId)).ToListAsync(cancellationToken));
        db.Outbox.RemoveRange(await db.Outbox.Where(o => o.PersonId == id).ToListAsync(cancellationToken));
        foreach (var (channelId, address) in addresses)
        {
            // Messages to their number from before they consented carry no person, only the number.
            db.Outbox.RemoveRange(await db.Outbox.Where(o => o.ChannelId == channelId && o.Address == address && o.State != OutboxState.Pending).ToListAsync(cancellationToken));
        }

        var matches = await db.Matches.Where(m => m.MentorId == id || m.MenteeId == id).ToListAsync(cancellationToken);
        await ForgetInPartnersConversationsAsync(matches.Select(m => m.MentorId == id ? m.MenteeId : m.MentorId).Distinct().ToList(), now, cancellationToken);
        foreach (var match in matches)
        {
            var wasOpen = match.IsOpen;
            if (match.State == MatchState.Active)
            {
                // The other side is told the mentoring ended (without a name: it is erased by
                // then) and asked the end survey there, so the job does not ask it again.
                match.End(now, "erased");
                match.MarkSurveyed(FeedbackKind.End, now);
                await Notice.AddAsync(db, match.MentorId == id ? match.MenteeId : match.MentorId, MessageKind.MatchEnded, MatchEndings.EndedEvent, new { matchId = match.Id }, now, cancellationToken);
            }
            else if (wasOpen)
            {
                match.Cancel(now, "erased");
            }

            // A mentee whose mentor left this way goes back to the waiting list, keeping nothing stuck.
            if (wasOpen && match.MentorId == id && await db.MenteeProfiles.FirstOrDefaultAsync(m => m.PersonId == match.MenteeId, cancellationToken) is { } mentee)
            {
                if (mentee.State == MenteeState.Proposed)
                {
                    mentee.ProposalClosed();
                }
                else if (mentee.State == MenteeState.Matched)
                {
                    mentee.ReturnToWaiting(now);
                }
            }

            match.EraseFreeText();
        }

        foreach (var checkIn in await db.CheckIns.Where(c => c.PersonId == id).ToListAsync(cancellationToken))
        {
            checkIn.EraseFreeText();
        }

        foreach (var feedback in await db.Feedback.Where(f => f.PersonId == id).ToListAsync(cancellationToken))
        {
            feedback.EraseFreeText();
        }

        foreach (var entry in await db.Cases.Where(c => c.PersonId == id).ToListAsync(cancellationToken))
        {
            entry.EraseFreeText();
        }

        person.Erase(now);
    }

    /// <summary>What the conversations showed a partner about the erased person (their name, town, number…).</summary>
    public static readonly IReadOnlyList<string> PartnerFields =
        ["match-name", "match-town", "match-contact", "match-sector", "match-sectors", "match-goal", "match-goals", "match-languages", "match-availability", "match-reasons"];

    /// <summary>The partners' conversations forget what they were told about the erased person.</summary>
    private async Task ForgetInPartnersConversationsAsync(List<Guid> partners, DateTimeOffset now, CancellationToken cancellationToken)
    {
        foreach (var state in await db.ConversationStates.Where(s => s.PersonId != null && partners.Contains(s.PersonId.Value)).ToListAsync(cancellationToken))
        {
            if (JsonNode.Parse(state.Data) is JsonObject data && DialogValues.Forget(data, PartnerFields))
            {
                state.Save(data.ToJsonString(), now);
            }
        }
    }
}
