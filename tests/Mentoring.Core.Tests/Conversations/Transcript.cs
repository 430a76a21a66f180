namespace Mentoring.Core.Tests.Conversations;

/// <summary>
/// A conversation with the programme's real dialogs, kept as data (<c>Transcripts/*.yaml</c>): the
/// channel and locale of the person's messages, then <c>user:</c> and <c>bot:</c> lines in order (a
/// bot line may list its <c>buttons:</c>), and what the conversation left in the audit log.
/// </summary>
public sealed class Transcript
{
    public string Channel { get; set; } = "sms";

    public string? Locale { get; set; }

    public List<TranscriptLine> Script { get; set; } = [];

    /// <summary>The audit entries the conversation wrote, in order (<c>mentee.requested</c>, …).</summary>
    public List<string> Audit { get; set; } = [];
}

/// <summary>What the person writes, or what the bot answers (its text exactly, and its buttons if it has any).</summary>
public sealed class TranscriptLine
{
    public string? User { get; set; }

    public string? Bot { get; set; }

    public List<string> Buttons { get; set; } = [];
}
