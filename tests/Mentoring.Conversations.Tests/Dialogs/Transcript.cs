namespace Mentoring.Conversations.Tests.Dialogs;

/// <summary>
/// A conversation kept as data (<c>Transcripts/*.yaml</c>): the channel and locale of the person's
/// messages, then <c>user:</c> and <c>bot:</c> lines in order (a bot line may list its
/// <c>buttons:</c>), and what the sample's <c>save-sample</c> action saved, if anything.
/// </summary>
public sealed class Transcript
{
    public string Channel { get; set; } = "sms";

    public string? Locale { get; set; }

    public List<TranscriptLine> Script { get; set; } = [];

    public List<string> Saved { get; set; } = [];
}
