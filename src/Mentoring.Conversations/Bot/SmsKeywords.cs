namespace Mentoring.Conversations.Bot;

/// <summary>What a carrier keyword asks for.</summary>
public enum SmsKeyword
{
    None,
    OptOut,
    OptIn,
    Help,
}

/// <summary>
/// The words carriers and Twilio act on by themselves on SMS. Only a message that is that single
/// word counts ("stop", not "stop the flow"). Twilio unsubscribes a number that sends an opt-out
/// word and refuses every later send to it, so the bot's own commands must never be one of these.
/// </summary>
public static class SmsKeywords
{
    public static readonly IReadOnlySet<string> OptOut = new HashSet<string>(["STOP", "STOPALL", "UNSUBSCRIBE", "CANCEL", "END", "QUIT", "REVOKE", "OPTOUT"], StringComparer.OrdinalIgnoreCase);

    public static readonly IReadOnlySet<string> OptIn = new HashSet<string>(["START", "YES", "UNSTOP"], StringComparer.OrdinalIgnoreCase);

    public static readonly IReadOnlySet<string> Help = new HashSet<string>(["HELP", "INFO"], StringComparer.OrdinalIgnoreCase);

    /// <summary>The keyword a whole message is, ignoring case, surrounding spaces and a closing full stop or exclamation mark.</summary>
    public static SmsKeyword Classify(string? text)
    {
        var word = text?.Trim().TrimEnd('.', '!').Trim();
        if (string.IsNullOrEmpty(word))
        {
            return SmsKeyword.None;
        }

        return OptOut.Contains(word) ? SmsKeyword.OptOut
            : OptIn.Contains(word) ? SmsKeyword.OptIn
            : Help.Contains(word) ? SmsKeyword.Help
            : SmsKeyword.None;
    }
}
