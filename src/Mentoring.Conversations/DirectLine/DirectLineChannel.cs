using Mentoring.Conversations.Schema;

namespace Mentoring.Conversations.DirectLine;

/// <summary>How activities of the self-hosted Direct Line channel are addressed.</summary>
public static class DirectLineChannel
{
    public const string ChannelId = "directline";

    /// <summary>Not a web address: answers are kept for polling, not posted to a connector.</summary>
    public const string ServiceUrl = "urn:mentoring:directline";

    public static ChannelAccount Bot { get; } = new() { Id = "mentoring-bot", Name = "Mentoring", Role = "bot" };
}
