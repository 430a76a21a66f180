using Mentoring.Conversations.Bot;
using Mentoring.Conversations.Dialogs;
using Mentoring.Conversations.Pipeline;
using Mentoring.Conversations.Schema;
using Mentoring.Core.Data;
using Mentoring.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Mentoring.Core.Messaging;

/// <summary>
/// Every message, before any dialog, is noted on the person's address (the retention period
/// counts from their last message). On SMS and WhatsApp, besides: the message opens WhatsApp's
/// 24-hour window and sends what was held for it, and a carrier keyword is honoured. An opt-out word (STOP, …) stops
/// everything the service starts and tells coordinators; an opt-in word (START, …) from someone
/// who opted out resumes it. Help words go on to the dialogs' own help command, which answers in
/// the person's language. Everything here commits with the turn.
/// </summary>
public sealed class PhoneChannelMiddleware(DialogRunner dialogs, TimeProvider time) : ITurnMiddleware
{
    public const string OptedOutText = "channel.opted-out";
    public const string OptedInText = "channel.opted-in";

    /// <summary>The texts this says; the dialogs' schema lists them so every language has them.</summary>
    public static readonly IReadOnlyList<string> Texts = [OptedOutText, OptedInText];

    public async Task OnTurnAsync(ITurnContext turnContext, Func<CancellationToken, Task> next, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(next);
        var activity = turnContext.Activity;
        if (activity.Type != ActivityTypes.Message || activity.ChannelId is not { } channelId || activity.Conversation?.Id is not { } conversation)
        {
            await next(cancellationToken);
            return;
        }

        // Every message says the person is still there (the retention period counts from it)
        // and, on WhatsApp, opens the 24-hour window.
        var db = turnContext.Services.GetRequiredService<MentoringDbContext>();
        var now = time.GetUtcNow();
        var number = StoredKey.Fit(conversation, 256);
        var address = await turnContext.Services.GetRequiredService<TurnAddress>().GetAsync(db, channelId, number, cancellationToken);
        address?.RecordInbound(now, null);
        if (!Channels.IsPhone(channelId))
        {
            await next(cancellationToken);
            return;
        }

        switch (SmsKeywords.Classify(activity.Text))
        {
            case SmsKeyword.OptOut:
                await DeliveryFailures.OptOutAsync(db, channelId, number, address?.PersonId, now, cancellationToken);

                // On SMS the carrier confirms the opt-out itself and refuses whatever is sent after it.
                if (channelId == Channels.WhatsApp)
                {
                    dialogs.Say(turnContext, OptedOutText);
                }

                return;
            case SmsKeyword.OptIn when address is { IsOptedOut: true }:
                address.OptIn();
                dialogs.Say(turnContext, OptedInText);
                await ReleaseHeldAsync(db, channelId, number, now, cancellationToken);
                return;
        }

        if (address is not { IsOptedOut: true })
        {
            await ReleaseHeldAsync(db, channelId, number, now, cancellationToken);
        }

        await next(cancellationToken);
    }

    /// <summary>Messages that waited for the person to write again go now, before the answer to this one.</summary>
    private static async Task ReleaseHeldAsync(MentoringDbContext db, string channelId, string number, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (channelId != Channels.WhatsApp)
        {
            return;
        }

        var held = await db.Outbox.Where(o => o.State == OutboxState.Held && o.ChannelId == channelId && o.Address == number).ToListAsync(cancellationToken);
        foreach (var row in held)
        {
            row.Release(now);
        }
    }
}
