namespace Mentoring.Conversations.BotFramework;

/// <summary>The Bot Connector refused an activity; <see cref="Status"/> tells whether to retry.</summary>
public sealed class ConnectorException(int status, string body)
    : Exception($"The Bot Connector answered {status}: {Truncate(body)}")
{
    public int Status { get; } = status;

    private static string Truncate(string body) => body.Length <= 300 ? body : body[..300];
}
