namespace Mentoring.Core.Domain;

/// <summary>
/// Why a message is sent. Replies answer a person's own message; every other kind is started by
/// the service and so obeys quiet hours and, on WhatsApp, the 24-hour window.
/// </summary>
public enum MessageKind
{
    Reply,
    Proposal,
    Introduction,
    CheckIn,
    Nudge,
    Survey,
    Briefing,

    /// <summary>The other side ended the match (or left the programme).</summary>
    MatchEnded,
}
