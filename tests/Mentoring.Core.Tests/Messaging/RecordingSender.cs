using Mentoring.Conversations.Bot;
using Mentoring.Conversations.Schema;

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

    public void RefuseNext(int times, bool permanent)
    {
        lock (gate)
        {
            (refusals, refusalsArePermanent) = (times, permanent);
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
                throw new DeliveryException(Refusal, refusalsArePermanent);
            }

            sent.Add(activity);
            return $"sid-{sent.Count}";
        }
    }
}
