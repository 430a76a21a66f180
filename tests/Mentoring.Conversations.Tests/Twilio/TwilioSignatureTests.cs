using System.Security.Cryptography;
using System.Text;
using Mentoring.Conversations.Twilio;
using Microsoft.Extensions.Primitives;

namespace Mentoring.Conversations.Tests.Twilio;

/// <summary>Twilio's signature, checked against the vector Twilio publishes and against what an attacker could change.</summary>
public sealed class TwilioSignatureTests
{
    private const string Token = "12345";
    private const string Url = "https://mycompany.com/myapp.php?foo=1&bar=2";
    private const string Expected = "RSOYDt4T1cUTdK1PDd93/VVr8B8=";

    [Fact]
    public void Compute_GivesTwilioPublishedSignature()
    {
        Assert.Equal(Expected, TwilioSignature.Compute(Token, Url, Parameters()));
    }

    [Fact]
    public void Compute_IgnoresTheOrderTheParametersCameIn()
    {
        Assert.Equal(Expected, TwilioSignature.Compute(Token, Url, Parameters().Reverse()));
    }

    [Fact]
    public void IsValid_AcceptsTheKnownVector()
    {
        Assert.True(TwilioSignature.IsValid(Expected, Token, Url, Parameters()));
    }

    [Fact]
    public void IsValid_AcceptsTheUrlWithTheDefaultPortAdded()
    {
        Assert.True(TwilioSignature.IsValid(Expected, Token, "https://mycompany.com:443/myapp.php?foo=1&bar=2", Parameters()));
    }

    [Fact]
    public void IsValid_AcceptsTheUrlWithTheDefaultPortRemoved()
    {
        var signedWithPort = TwilioSignature.Compute(Token, "https://mycompany.com:443/myapp.php?foo=1&bar=2", Parameters());

        Assert.True(TwilioSignature.IsValid(signedWithPort, Token, Url, Parameters()));
    }

    [Theory]
    [InlineData("http://example.org/sms", "http://example.org:80/sms")]
    [InlineData("http://example.org:80/sms", "http://example.org/sms")]
    [InlineData("https://user:pw@example.org/sms", "https://user:pw@example.org:443/sms")]
    [InlineData("https://[2001:db8::1]/sms", "https://[2001:db8::1]:443/sms")]
    [InlineData("https://example.org", "https://example.org:443")]
    public void IsValid_AcceptsEitherFormOfTheDefaultPort(string signedUrl, string requestUrl)
    {
        var signature = TwilioSignature.Compute(Token, signedUrl, Parameters());

        Assert.True(TwilioSignature.IsValid(signature, Token, requestUrl, Parameters()));
    }

    [Theory]
    [InlineData("https://mycompany.com:8443/myapp.php?foo=1&bar=2")]
    [InlineData("http://mycompany.com/myapp.php?foo=1&bar=2")]
    [InlineData("https://mycompany.com/myapp.php?foo=1&bar=3")]
    [InlineData("https://mycompany.com/myapp.php?bar=2&foo=1")]
    [InlineData("https://mycompany.com/myapp.php")]
    [InlineData("https://evil.example/myapp.php?foo=1&bar=2")]
    public void IsValid_RefusesAnyOtherUrl_QueryStringIncluded(string url)
    {
        Assert.False(TwilioSignature.IsValid(Expected, Token, url, Parameters()));
    }

    [Fact]
    public void IsValid_RefusesAnotherToken()
    {
        Assert.False(TwilioSignature.IsValid(Expected, "54321", Url, Parameters()));
    }

    [Fact]
    public void IsValid_RefusesAChangedParameter()
    {
        var changed = Parameters().Select(p => p.Key == "Digits" ? new KeyValuePair<string, StringValues>("Digits", "9999") : p);

        Assert.False(TwilioSignature.IsValid(Expected, Token, Url, changed));
    }

    [Fact]
    public void IsValid_RefusesAnAddedParameter()
    {
        var added = Parameters().Append(new("Body", "STOP"));

        Assert.False(TwilioSignature.IsValid(Expected, Token, Url, added));
    }

    [Fact]
    public void IsValid_RefusesAMissingParameter()
    {
        Assert.False(TwilioSignature.IsValid(Expected, Token, Url, Parameters().Where(p => p.Key != "To")));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("RSOYDt4T1cUTdK1PDd93/VVr8B8")]
    [InlineData("rsoydt4t1cutdk1pdd93/vvr8b8=")]
    public void IsValid_RefusesAMissingOrAlteredSignature(string? signature)
    {
        Assert.False(TwilioSignature.IsValid(signature, Token, Url, Parameters()));
    }

    [Fact]
    public void IsValid_RefusesEverything_WithoutAToken()
    {
        Assert.False(TwilioSignature.IsValid(Expected, null, Url, Parameters()));
    }

    [Fact]
    public void Compute_AppendsEveryValueOfARepeatedName_InOrder()
    {
        var repeated = new Dictionary<string, StringValues> { ["b"] = "2", ["a"] = new(["y", "x"]) };

        Assert.Equal(Sign("https://x.example/" + "ay" + "ax" + "b2"), TwilioSignature.Compute(Token, "https://x.example/", repeated));
    }

    [Fact]
    public void IsValidJson_AcceptsASignedUrl_WhoseBodyHashMatches()
    {
        var (url, body, signature) = Json();

        Assert.True(TwilioSignature.IsValidJson(signature, Token, url, body));
    }

    [Fact]
    public void IsValidJson_RefusesAChangedBody()
    {
        var (url, _, signature) = Json();

        Assert.False(TwilioSignature.IsValidJson(signature, Token, url, """{"CallSid":"CA1234567890ABCDE","Caller":"+10000000000"}"""u8));
    }

    [Fact]
    public void IsValidJson_RefusesAUrlWithoutTheBodyHash()
    {
        var (_, body, _) = Json();
        const string url = "https://example.com/myapp";

        Assert.False(TwilioSignature.IsValidJson(Sign(url), Token, url, body));
    }

    private static (string Url, byte[] Body, string Signature) Json()
    {
        var body = """{"CallSid":"CA1234567890ABCDE","Caller":"+12349013030"}"""u8.ToArray();
        var url = "https://example.com/myapp?bodySHA256=" + Convert.ToHexStringLower(SHA256.HashData(body));
        return (url, body, TwilioSignature.Compute(Token, url, null));
    }

#pragma warning disable CA5350 // Twilio's own algorithm, computed independently of the code under test.
    private static string Sign(string data) => Convert.ToBase64String(HMACSHA1.HashData(Encoding.UTF8.GetBytes(Token), Encoding.UTF8.GetBytes(data)));
#pragma warning restore CA5350

    private static IEnumerable<KeyValuePair<string, StringValues>> Parameters() =>
    [
        new("CallSid", "CA1234567890ABCDE"),
        new("Caller", "+14158675309"),
        new("Digits", "1234"),
        new("From", "+14158675309"),
        new("To", "+18005551212"),
    ];
}
