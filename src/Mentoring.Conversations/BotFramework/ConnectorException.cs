using Mentoring.Conversations.Bot;

namespace Mentoring.Conversations.BotFramework;

/// <summary>
/// The Bot Connector refused an activity. 408, 429 and 5xx are worth another try later (the
/// client has already retried them a few times); any other status will not change.
/// </summary>
public sealed class ConnectorException(int status, string body)
    : DeliveryException($"The Bot Connector answered {status}: {Truncate(body)}", status is not (408 or 429 or >= 500))
{
    public int Status { get; } = status;

    private static string Truncate(string body) => body.Length <= 300 ? body : body[..300];
}
