namespace Mentoring.Conversations.Bot;

/// <summary>A channel refused an activity. Permanent refusals are never tried again.</summary>
public class DeliveryException(string message, bool isPermanent, Exception? innerException = null) : Exception(message, innerException)
{
    public bool IsPermanent { get; } = isPermanent;
}
