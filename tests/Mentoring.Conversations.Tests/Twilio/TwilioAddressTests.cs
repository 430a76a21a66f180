using Mentoring.Conversations.Twilio;

namespace Mentoring.Conversations.Tests.Twilio;

public sealed class TwilioAddressTests
{
    [Theory]
    [InlineData("+4915112345678", "DE")]
    [InlineData("whatsapp:+4915112345678", "DE")]
    [InlineData("WhatsApp:+4915112345678", "FR")]
    [InlineData("0151 12345678", "DE")]
    [InlineData("  +49 151 12345678 ", "US")]
    public void TryNormalize_GivesE164(string address, string region)
    {
        Assert.True(TwilioAddress.TryNormalize(address, region, out var e164));

        Assert.Equal("+4915112345678", e164);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("whatsapp:")]
    [InlineData("MyBank")]
    [InlineData("VERIFY123")]
    [InlineData("12")]
    public void TryNormalize_RefusesWhatIsNoPhoneNumber(string? address)
    {
        Assert.False(TwilioAddress.TryNormalize(address, "DE", out var e164));

        Assert.Equal(string.Empty, e164);
    }

    [Theory]
    [InlineData("+4915112345678", "+49•••••••••78")]
    [InlineData("MyBank", "•••")]
    [InlineData(null, "•••")]
    public void Redact_KeepsOnlyTheEnds(string? text, string expected)
    {
        Assert.Equal(expected, TwilioAddress.Redact(text));
    }
}
