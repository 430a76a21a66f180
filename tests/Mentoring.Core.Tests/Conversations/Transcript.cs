namespace Mentoring.Core.Tests.Conversations;

/// <summary>
/// A conversation with the programme's real dialogs, kept as data (<c>Transcripts/*.yaml</c>): the
/// channel and locale of the person's messages, then <c>user:</c> and <c>bot:</c> lines in order (a
/// bot line may list its <c>buttons:</c>), and what the conversation left in the audit log. A
/// transcript of a match has two people: the first (<c>channel</c>, <c>locale</c>, <c>as</c>) and
/// the <c>other</c>, who start from what is <c>given</c>; its lines say whose they are and may be
/// what the programme does (<c>service:</c>).
/// </summary>
public sealed class Transcript
{
    public string Channel { get; set; } = "sms";

    public string? Locale { get; set; }

    /// <summary>The first person's part in the match: <c>mentor</c> or <c>mentee</c> (with <see cref="Other"/> or <see cref="Given"/>).</summary>
    public string? As { get; set; }

    /// <summary>The other side of the match, who is then the other part.</summary>
    public TranscriptPerson? Other { get; set; }

    /// <summary>
    /// What happened before the script, not shown: <c>signed-up</c> (both signed up in their
    /// language through the chat, the mentor approved) or <c>active-match</c> (and then proposed
    /// to each other, accepted by both, both sharing their numbers).
    /// </summary>
    public string? Given { get; set; }

    public List<TranscriptLine> Script { get; set; } = [];

    /// <summary>The audit entries the script wrote (not what was given), in order (<c>mentee.requested</c>, …).</summary>
    public List<string> Audit { get; set; } = [];
}

/// <summary>
/// What a person writes, what the programme does (<c>service:</c> <c>proposal</c>, <c>check-in</c>,
/// <c>reminder</c>, <c>survey</c>), or what the bot answers (its text exactly, and its buttons if it
/// has any); <c>as:</c> says whose line it is when it is not the first person's.
/// </summary>
public sealed class TranscriptLine
{
    public string? As { get; set; }

    public string? User { get; set; }

    public string? Service { get; set; }

    public string? Bot { get; set; }

    public List<string> Buttons { get; set; } = [];
}

/// <summary>The other person of a transcript: the channel they write on and the locale of their app.</summary>
public sealed class TranscriptPerson
{
    public string Channel { get; set; } = "sms";

    public string? Locale { get; set; }
}
