using Mentoring.Core.Domain;

namespace Mentoring.Core.Tests.Domain;

public sealed class PhoneNumberTests
{
    private const string E164 = "+4915112345678";

    [Theory]
    [InlineData("0151 12345678", "DE")]
    [InlineData("0151 1234 5678", "de")]
    [InlineData("+49 151 12345678", "DE")]
    [InlineData("+49 151 12345678", "FR")]
    [InlineData("whatsapp:+4915112345678", "DE")]
    [InlineData("  WhatsApp:+4915112345678 ", "DE")]
    public void TryNormalize_GivesE164_WhenTheNumberIsValid(string raw, string region)
    {
        Assert.True(PhoneNumber.TryNormalize(raw, region, out var e164));

        Assert.Equal(E164, e164);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("hello")]
    [InlineData("whatsapp:")]
    [InlineData("12")]
    [InlineData("+49 000")]
    public void TryNormalize_ReturnsFalse_WhenTheTextIsNoValidNumber(string? raw)
    {
        Assert.False(PhoneNumber.TryNormalize(raw, "DE", out var e164));

        Assert.Equal(string.Empty, e164);
    }

    [Theory]
    [InlineData(E164, true)]
    [InlineData("+1234567", true)]
    [InlineData("+123456789012345", true)]
    [InlineData("+1234567890123456", false)]
    [InlineData("+123456", false)]
    [InlineData("4915112345678", false)]
    [InlineData("+04915112345678", false)]
    [InlineData("+49 151 12345678", false)]
    [InlineData("+49151l2345678", false)]
    [InlineData(null, false)]
    public void IsE164_AcceptsOnlyAPlusAndUpToFifteenDigits(string? text, bool expected) =>
        Assert.Equal(expected, PhoneNumber.IsE164(text));

    [Fact]
    public void Redact_KeepsCountryCodeAndLastTwoDigits()
    {
        var redacted = PhoneNumber.Redact(E164);

        Assert.Equal("+49•••••••••78", redacted);
        Assert.DoesNotContain(E164[3..^2], redacted, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("+4915")]
    public void Redact_HidesEverything_WhenTheTextIsTooShort(string? text) =>
        Assert.Equal("•••", PhoneNumber.Redact(text));
}
