namespace Mentoring.Conversations.Twilio;

/// <summary>
/// One message for Twilio's Messages API, with its form fields' names. It needs <see cref="From"/>
/// or <see cref="MessagingServiceSid"/>, and <see cref="Body"/> or a template
/// (<see cref="ContentSid"/>, with <see cref="ContentVariables"/> as a JSON object in a string).
/// </summary>
public sealed record TwilioMessage(string To)
{
    public string? From { get; init; }

    public string? MessagingServiceSid { get; init; }

    /// <summary>Plain text, at most 1,600 characters; allowed on WhatsApp only inside the 24-hour window.</summary>
    public string? Body { get; init; }

    /// <summary>An approved template (<c>HX…</c>), the only thing WhatsApp lets through outside the window.</summary>
    public string? ContentSid { get; init; }

    /// <summary>The template's placeholders, as JSON: <c>{"1":"Amira"}</c>.</summary>
    public string? ContentVariables { get; init; }

    /// <summary>Where Twilio reports the message's progress (queued, sent, delivered, failed…).</summary>
    public string? StatusCallback { get; init; }
}
