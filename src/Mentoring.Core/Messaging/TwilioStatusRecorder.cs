using Mentoring.Conversations.Twilio;
using Mentoring.Core.Data;
using Mentoring.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Mentoring.Core.Messaging;

/// <summary>
/// Twilio's status callbacks, stored on the outbox row they are about: found by the delivery id
/// the callback URL carries (so a callback that beats the record of the send still finds its
/// row), else by Twilio's message sid. A late failure acts like a refusal (<see cref="DeliveryFailures"/>).
/// </summary>
public sealed partial class TwilioStatusRecorder(MentoringDbContext db, WhatsAppTemplates templates, TimeProvider time, ILogger<TwilioStatusRecorder> logger) : ITwilioStatusSink
{
    private const int MaxAttempts = 3;

    public async Task RecordAsync(TwilioStatusReport report, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(report);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await RecordOnceAsync(report, cancellationToken);
                return;
            }
            catch (DbUpdateConcurrencyException) when (attempt < MaxAttempts)
            {
                // The recorder wrote the row meanwhile (the send's own record): read it again.
                db.ChangeTracker.Clear();
            }
        }
    }

    private async Task RecordOnceAsync(TwilioStatusReport report, CancellationToken cancellationToken)
    {
        var row = Guid.TryParseExact(report.DeliveryId, "N", out var id)
            ? await db.Outbox.FirstOrDefaultAsync(o => o.Id == id, cancellationToken)
            : await db.Outbox.FirstOrDefaultAsync(o => o.ProviderMessageId == report.MessageSid, cancellationToken);
        if (row is null)
        {
            LogUnknown(logger, report.Status);
            return;
        }

        if (!row.RecordDeliveryStatus(report.Status))
        {
            return;
        }

        if (report.IsFailure)
        {
            await DeliveryFailures.RecordLateFailureAsync(db, row, report.ErrorCode, templates, time.GetUtcNow(), cancellationToken);
        }
        else if (row.State == OutboxState.Pending)
        {
            // Twilio took it, though its answer never reached us (a time-out, a crash before the
            // record): it is sent, and must not be sent again.
            row.MarkSent(report.MessageSid, time.GetUtcNow());
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    [LoggerMessage(LogLevel.Warning, "A Twilio status callback ({Status}) is about no message the outbox knows; ignored.")]
    private static partial void LogUnknown(ILogger logger, string status);
}
