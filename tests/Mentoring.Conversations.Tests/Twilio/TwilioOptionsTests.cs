using Mentoring.Conversations.Twilio;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Mentoring.Conversations.Tests.Twilio;

public sealed class TwilioOptionsTests
{
    [Fact]
    public void AddTwilio_BindsTheTwilioSection_AndThePublicBaseUrlFromTheRoot()
    {
        var options = Options(
            ("Twilio:AccountSid", "AC1"),
            ("Twilio:AuthToken", "token"),
            ("Twilio:DefaultRegion", "AT"),
            ("Twilio:RetryDelay", "00:00:02"),
            ("Twilio:Templates:Proposal", "HX1"),
            ("Twilio:Templates:CheckIn", "HX2"),
            ("PublicBaseUrl", "https://mentoring.example"));

        Assert.Equal(("AC1", "token", "AT", TimeSpan.FromSeconds(2)), (options.AccountSid, options.AuthToken, options.DefaultRegion, options.RetryDelay));
        Assert.Equal(("HX1", "HX2"), (options.Templates["Proposal"], options.Templates["checkin"]));
        Assert.Equal("https://mentoring.example", options.PublicBaseUrl);
        Assert.True(options.IsConfigured);
    }

    [Fact]
    public void Defaults_PointAtTwilio_AndAreNotConfigured()
    {
        var options = Options();

        Assert.Equal(("https://api.twilio.com", "DE", TimeSpan.FromSeconds(1), null), (options.ApiBaseUrl, options.DefaultRegion, options.RetryDelay, options.PublicBaseUrl));
        Assert.False(options.IsConfigured);
        Assert.False(options.CanSend);
        Assert.False(options.CanReceive);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void PublicBaseUrl_LeftEmpty_IsUnset(string value)
    {
        // docker-compose passes every variable, set or not: an empty one means "not set".
        Assert.Null(Options(("PublicBaseUrl", value)).PublicBaseUrl);
    }

    [Fact]
    public void ApiKey_IsUsed_OnlyWhenBothItsPartsAreSet()
    {
        Assert.False(Options(("Twilio:ApiKeySid", "SK1")).UsesApiKey);
        Assert.True(Options(("Twilio:ApiKeySid", "SK1"), ("Twilio:ApiKeySecret", "s")).UsesApiKey);
    }

    [Theory]
    [InlineData("Twilio:ApiBaseUrl", "api.twilio.com")]
    [InlineData("PublicBaseUrl", "/relative")]
    [InlineData("PublicBaseUrl", "https://mentoring.example/?x=1")]
    [InlineData("Twilio:DefaultRegion", "Germany")]
    [InlineData("Twilio:DefaultRegion", "XX")]
    [InlineData("Twilio:RetryDelay", "00:00:00")]
    public void Validation_RefusesASettingThatCannotWork(string key, string value)
    {
        var error = Assert.Throws<OptionsValidationException>(() => Options((key, value)));

        Assert.Contains(key, error.Message, StringComparison.Ordinal);
    }

    private static TwilioOptions Options(params (string Key, string Value)[] settings)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value)))
            .Build();
        using var services = new ServiceCollection().AddLogging().AddTwilio(configuration).BuildServiceProvider();
        return services.GetRequiredService<IOptions<TwilioOptions>>().Value;
    }
}
