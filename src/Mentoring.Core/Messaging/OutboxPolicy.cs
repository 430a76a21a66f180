using Mentoring.Core.Data;
using Mentoring.Core.Domain;
using Mentoring.Core.Programme;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Mentoring.Core.Messaging;

/// <summary>
/// The rules for a message the service starts, checked just before each attempt (so a person who
/// opted out or wrote in the meantime is seen): nothing to people who opted out, nothing at night
/// in their time zone, and on WhatsApp outside the 24-hour window only an approved template, or
/// nothing until they write again. Of the answers to the person's own messages only those on SMS
/// come here, and only for the opt-out: after STOP the carrier refuses them anyway.
/// </summary>
internal sealed class OutboxPolicy(MentoringDbContext db, IOptions<MessagingOptions> messaging, IOptions<ProgrammeOptions> programme, WhatsAppTemplates templates, TimeProvider time)
{
    /// <summary>Whether <paramref name="work"/> needs checking at all: answers need it only on SMS.</summary>
    public static bool Applies(OutboxWork work) => work.Kind != MessageKind.Reply || work.ChannelId == Channels.Sms;

    /// <summary>Either the outcome that stops this attempt, or the payload to send (the template, outside the window).</summary>
    public async Task<(OutboxOutcome? Outcome, string Payload)> CheckAsync(OutboxWork work, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var address = await db.ChannelAddresses.AsNoTracking()
            .Where(a => a.ChannelId == work.ChannelId && a.Address == work.Address)
            .Select(a => new { a.OptedOutAt, a.LastInboundAt })
            .FirstOrDefaultAsync(cancellationToken);
        if (address?.OptedOutAt is not null)
        {
            return (new OutboxOutcome(work.Id, work.Attempts, OutboxVerdict.Suppressed) { Error = "The person opted out of messages on this channel." }, work.Payload);
        }

        if (work.Kind == MessageKind.Reply)
        {
            return (null, work.Payload);
        }

        var zoneId = work.PersonId is { } personId
            ? await db.People.Where(p => p.Id == personId).Select(p => p.TimeZone).FirstOrDefaultAsync(cancellationToken)
            : null;
        var zone = TimeZoneInfo.TryFindSystemTimeZoneById(zoneId ?? programme.Value.TimeZone, out var found) ? found : TimeZoneInfo.Utc;
        if (messaging.Value.QuietUntil(now, zone) is { } until)
        {
            return (new OutboxOutcome(work.Id, work.Attempts, OutboxVerdict.Deferred) { Until = until }, work.Payload);
        }

        var windowOpen = address?.LastInboundAt is { } last && now - last < ChannelAddress.WhatsAppWindow;
        if (work.ChannelId != Channels.WhatsApp || windowOpen)
        {
            return (null, work.Payload);
        }

        // A notice is not said outside the window: it waits for the person's next message (the
        // template, if the kind has one, tells them there is news; see the recorder).
        if (work.IsEvent)
        {
            return (new OutboxOutcome(work.Id, work.Attempts, OutboxVerdict.Held) { Error = HeldReason }, work.Payload);
        }

        return templates.Apply(work.Kind, work.Payload) is { } template
            ? (null, template)
            : (new OutboxOutcome(work.Id, work.Attempts, OutboxVerdict.Held) { Error = HeldReason }, work.Payload);
    }

    public const string HeldReason = "WhatsApp's 24-hour window is closed and no template is configured for this kind of message: it waits for the person's next message.";
}
