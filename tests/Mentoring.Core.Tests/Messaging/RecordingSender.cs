using Mentoring.Conversations.Bot;
using Mentoring.Conversations.Schema;
using Mentoring.Conversations.Twilio;

namespace Mentoring.Core.Tests.Messaging;

/// <summary>A channel that takes every activity and keeps them in the order they arrived; it can be told to refuse the next few.</summary>
public sealed class RecordingSender : IActivitySender
{
    public const string Refusal = "The channel refused the activity.";

    private readonly Lock gate = new();
    private readonly List<Activity> sent = [];
    private int attempts;
    private int refusals;
    private bool refusalsArePermanent;
    private int? refusalCode;

    /// <summary>Every call, refused or not.</summary>
    public int Attempts
    {
        get
        {
            lock (gate)
            {
                return attempts;
            }
        }
    }

    public IReadOnlyList<Activity> Sent
    {
        get
        {
            lock (gate)
            {
                return [.. sent];
            }
        }
    }

    public IReadOnlyList<string> Texts => [.. Sent.Select(a => a.Text!)];

    /// <summary>The delivery ids of what was sent, in order.</summary>
    public List<string> Deliveries { get; } = [];

    public void RefuseNext(int times, bool permanent)
    {
        lock (gate)
        {
            (refusals, refusalsArePermanent, refusalCode) = (times, permanent, null);
        }
    }

    /// <summary>Refuses the next send as Twilio does: HTTP 400 with its error <paramref name="code"/>.</summary>
    public void RefuseNextAsTwilio(int code)
    {
        lock (gate)
        {
            (refusals, refusalsArePermanent, refusalCode) = (1, true, code);
        }
    }

    public bool Delivers(Activity activity) => true;

    public async Task<string?> SendAsync(Activity activity, string deliveryId, CancellationToken cancellationToken)
    {
        // A real channel answers later; yielding lets sends on other lanes overtake this one, so
        // a dispatcher that mixed up one person's replies would show it.
        await Task.Yield();
        lock (gate)
        {
            attempts++;
            if (refusals > 0)
            {
                refusals--;
                throw refusalCode is { } code ? new TwilioException(400, code, Refusal) : new DeliveryException(Refusal, refusalsArePermanent);
            }

            sent.Add(activity);
            Deliveries.Add(deliveryId);
            return $"sid-{sent.Count}";
        }
    }
}
