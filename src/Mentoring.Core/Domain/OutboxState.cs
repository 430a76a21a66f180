namespace Mentoring.Core.Domain;

public enum OutboxState
{
    Pending,
    Sent,

    /// <summary>Waiting for the person's next message (a closed WhatsApp window and no template).</summary>
    Held,
    Failed,

    /// <summary>Never sent: the person opted out of messages the service starts.</summary>
    Suppressed,
}
