namespace Mentoring.Conversations.Twilio;

/// <summary>Twilio error codes the service acts on (<see cref="TwilioException.Code"/>).</summary>
public static class TwilioErrorCodes
{
    /// <summary>The <c>To</c> number is not a valid phone number: it will never work.</summary>
    public const int InvalidNumber = 21211;

    /// <summary>The person sent STOP: nothing more may go to them until they send START.</summary>
    public const int OptedOut = 21610;

    /// <summary>
    /// WhatsApp's 24-hour window is closed (or a template went as a plain body): only an approved
    /// template by ContentSid gets through.
    /// </summary>
    public const int OutsideWhatsAppWindow = 63016;

    /// <summary>Too many requests: worth another try later, as HTTP 429.</summary>
    public const int TooManyRequests = 20429;
}
