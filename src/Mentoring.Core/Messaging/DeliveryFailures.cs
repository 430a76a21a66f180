using Mentoring.Conversations.Twilio;
using Mentoring.Core.Data;
using Mentoring.Core.Domain;
using Microsoft.EntityFrameworkCore;

namespace Mentoring.Core.Messaging;

/// <summary>
/// What a channel's refusal means for the programme, whether it came as the answer to the send or
/// later in a status callback: an opted-out number is never written to again, an invalid one and
/// a message that could not be delivered become a Case, and WhatsApp's closed window sends the
/// approved template instead (or waits for the person's next message).
/// </summary>
internal static class DeliveryFailures
{
    /// <summary>Records a refused attempt on a row still pending: tried again later, or failed for good with what that means.</summary>
    public static async Task RecordRefusalAsync(MentoringDbContext db, OutboxMessage row, OutboxOutcome outcome, WhatsAppTemplates templates, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var error = outcome.Error ?? "refused";
        switch (outcome.ProviderCode)
        {
            case TwilioErrorCodes.OptedOut:
                row.MarkFailed(error);
                await OptOutAsync(db, row.ChannelId, row.Address, row.PersonId, now, cancellationToken);
                return;
            case TwilioErrorCodes.InvalidNumber:
                row.MarkFailed(error);
                await InvalidAddressAsync(db, row, now, cancellationToken);
                return;
            case TwilioErrorCodes.OutsideWhatsAppWindow when !WhatsAppTemplates.IsTemplate(row.Payload):
                if (templates.Apply(row.Kind, row.Payload) is { } template)
                {
                    row.ResendAs(template, now);
                }
                else
                {
                    row.Hold(OutboxPolicy.HeldReason);
                }

                return;
        }

        if (outcome.IsPermanent || outcome.AttemptsBefore + 1 >= OutboxRecorder.MaxAttempts)
        {
            row.MarkFailed(error);
            await OpenCaseAsync(db, CaseKind.DeliveryFailed, row.PersonId, $"A message on {row.ChannelId} could not be sent after {row.Attempts} attempt(s): {Shorten(error)}", now, cancellationToken);
        }
        else
        {
            row.RecordFailedAttempt(error, now + OutboxRecorder.Backoff(outcome.AttemptsBefore + 1));
        }
    }

    /// <summary>
    /// The channel took the message but later reported it failed (a status callback). The row
    /// stays as it is, but what the failure means happens: outside WhatsApp's window a copy goes
    /// again as the template, or waits for the person's next message.
    /// </summary>
    public static async Task RecordLateFailureAsync(MentoringDbContext db, OutboxMessage row, int? code, WhatsAppTemplates templates, DateTimeOffset now, CancellationToken cancellationToken)
    {
        switch (code)
        {
            case TwilioErrorCodes.OptedOut:
                await OptOutAsync(db, row.ChannelId, row.Address, row.PersonId, now, cancellationToken);
                return;
            case TwilioErrorCodes.InvalidNumber:
                await InvalidAddressAsync(db, row, now, cancellationToken);
                return;
            case TwilioErrorCodes.OutsideWhatsAppWindow when !WhatsAppTemplates.IsTemplate(row.Payload):
                var template = templates.Apply(row.Kind, row.Payload);
                var copy = new OutboxMessage(Guid.NewGuid(), row.PersonId, row.ChannelId, row.Address, row.Kind, template ?? row.Payload, now);
                if (template is null)
                {
                    copy.Hold(OutboxPolicy.HeldReason);
                }

                db.Outbox.Add(copy);
                return;
        }

        await OpenCaseAsync(db, CaseKind.DeliveryFailed, row.PersonId, $"A message on {row.ChannelId} was not delivered (status {row.DeliveryStatus}{(code is null ? string.Empty : $", code {code}")}).", now, cancellationToken);
    }

    private static Task InvalidAddressAsync(MentoringDbContext db, OutboxMessage row, DateTimeOffset now, CancellationToken cancellationToken) =>
        OpenCaseAsync(db, CaseKind.InvalidAddress, row.PersonId, $"The {row.ChannelId} number was refused as not valid (Twilio {TwilioErrorCodes.InvalidNumber}).", now, cancellationToken);

    /// <summary>
    /// Nothing the service starts goes to this address any more, and coordinators hear of it once.
    /// An address nobody signed up with has no row: there is nothing to stop for it.
    /// </summary>
    public static async Task OptOutAsync(MentoringDbContext db, string channelId, string address, Guid? personId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var row = db.ChannelAddresses.Local.FirstOrDefault(a => a.ChannelId == channelId && a.Address == address)
            ?? await db.ChannelAddresses.FirstOrDefaultAsync(a => a.ChannelId == channelId && a.Address == address, cancellationToken);
        if (row is null || row.IsOptedOut)
        {
            return;
        }

        row.OptOut(now);
        await OpenCaseAsync(db, CaseKind.OptedOut, personId ?? row.PersonId, $"Opted out of messages on {channelId}: the service sends nothing it starts there until they opt in again.", now, cancellationToken);
    }

    /// <summary>Opens a Case unless one of that kind is still open for the person; a message to nobody in particular opens none.</summary>
    public static async Task OpenCaseAsync(MentoringDbContext db, CaseKind kind, Guid? personId, string summary, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (personId is null)
        {
            return;
        }

        var open = db.Cases.Local.Any(c => c.PersonId == personId && c.Kind == kind && c.State != CaseState.Resolved)
            || await db.Cases.AnyAsync(c => c.PersonId == personId && c.Kind == kind && c.State != CaseState.Resolved, cancellationToken);
        if (!open)
        {
            db.Cases.Add(new Case(Guid.NewGuid(), kind, summary, now, personId: personId));
        }
    }

    private static string Shorten(string error) => error.Length <= 300 ? error : error[..300] + "…";
}
