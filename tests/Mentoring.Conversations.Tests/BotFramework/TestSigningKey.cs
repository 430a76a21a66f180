using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;

namespace Mentoring.Conversations.Tests.BotFramework;

/// <summary>An RSA key that signs test tokens and is published as a JWK with its endorsements.</summary>
public sealed class TestSigningKey : IDisposable
{
    private readonly RSA rsa = RSA.Create(2048);

    public TestSigningKey(string kid, params string[] endorsements)
    {
        Kid = kid;
        Endorsements = endorsements;
    }

    /// <summary>Endorsed for the channels the tests use.</summary>
    public static TestSigningKey Endorsed { get; } = new("endorsed", "msteams", "webchat", "emulator");

    /// <summary>The key the issuer rotates to.</summary>
    public static TestSigningKey Rotated { get; } = new("rotated", "msteams", "webchat", "emulator");

    /// <summary>Published, but not for Teams.</summary>
    public static TestSigningKey WebChatOnly { get; } = new("webchat-only", "webchat");

    /// <summary>Never published.</summary>
    public static TestSigningKey Unpublished { get; } = new("unpublished", "msteams");

    public string Kid { get; }

    public IReadOnlyList<string> Endorsements { get; }

    public SigningCredentials Credentials => new(new RsaSecurityKey(rsa) { KeyId = Kid }, SecurityAlgorithms.RsaSha256);

    public object ToJwk()
    {
        var parameters = rsa.ExportParameters(includePrivateParameters: false);
        return new
        {
            kty = "RSA",
            use = "sig",
            kid = Kid,
            n = Base64UrlEncoder.Encode(parameters.Modulus),
            e = Base64UrlEncoder.Encode(parameters.Exponent),
            endorsements = Endorsements,
        };
    }

    public void Dispose() => rsa.Dispose();
}
