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
        var states = await db.ConversationStates.Where(s => s.PersonId == id).ToListAsync(cancellationToken);
        var conversations = states.Where(s => s.ChannelId is "directline" or "webchat").Select(s => s.ConversationKey).ToList();
        foreach (var state in states)
        {
            state.Unlink();
            state.Save("{}", now);
        }

        // Removed through the context, so the deletes commit with the rest of the turn or not at all.
        db.DirectLineActivities.RemoveRange(await db.DirectLineActivities.Where(a => conversations.Contains(a.ConversationId)).ToListAsync(cancellationToken));
        db.Outbox.RemoveRange(await db.Outbox.Where(o => o.PersonId == id).ToListAsync(cancellationToken));

        foreach (var match in await db.Matches.Where(m => m.MentorId == id || m.MenteeId == id).ToListAsync(cancellationToken))
        {
            if (match.IsOpen)
            {
                match.Cancel(now, "erased");
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
}
