using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace Mentoring.Conversations.DirectLine;

/// <summary>
/// Issues and checks Direct Line tokens: the conversation, the user and the expiry, signed with
/// HMAC-SHA256 under the secret. Nothing is stored, so any instance that shares the secret can
/// check a token another one issued.
/// </summary>
public sealed class DirectLineTokens
{
    private readonly byte[]? secret;
    private readonly byte[] key;
    private readonly TimeProvider time;

    public DirectLineTokens(IOptions<DirectLineOptions> options, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        this.time = time;
        Lifetime = options.Value.TokenLifetime;
        secret = options.Value.Secret is { Length: > 0 } configured ? Encoding.UTF8.GetBytes(configured) : null;
        key = secret is null ? RandomNumberGenerator.GetBytes(32) : SHA256.HashData(secret);
    }

    public TimeSpan Lifetime { get; }

    public static string NewConversationId() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(16));

    public static string NewUserId() => "dl_" + Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(12));

    public string Issue(string conversationId, string? userId)
    {
        var payload = JsonSerializer.SerializeToUtf8Bytes(new TokenPayload(conversationId, userId, (time.GetUtcNow() + Lifetime).ToUnixTimeSeconds()));
        return Base64Url.EncodeToString(payload) + "." + Base64Url.EncodeToString(HMACSHA256.HashData(key, payload));
    }

    /// <summary>The grant of an <c>Authorization</c> header, or null if it grants nothing.</summary>
    public DirectLineGrant? Check(string? authorization)
    {
        if (authorization is null || !authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var bearer = authorization["Bearer ".Length..].Trim();
        if (secret is not null && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(bearer), secret))
        {
            return new DirectLineGrant(null, null, DateTimeOffset.MaxValue);
        }

        return CheckToken(bearer);
    }

    private DirectLineGrant? CheckToken(string token)
    {
        var dot = token.IndexOf('.', StringComparison.Ordinal);
        if (dot <= 0 || !Base64Url.IsValid(token.AsSpan(0, dot)) || !Base64Url.IsValid(token.AsSpan(dot + 1)))
        {
            return null;
        }

        var payload = Base64Url.DecodeFromChars(token.AsSpan(0, dot));
        if (!CryptographicOperations.FixedTimeEquals(Base64Url.DecodeFromChars(token.AsSpan(dot + 1)), HMACSHA256.HashData(key, payload)))
        {
            return null;
        }

        var claims = JsonSerializer.Deserialize<TokenPayload>(payload);
        var expires = DateTimeOffset.FromUnixTimeSeconds(claims!.Exp);
        return expires > time.GetUtcNow() && claims.Conv is { Length: > 0 } ? new DirectLineGrant(claims.Conv, claims.User, expires) : null;
    }

    private sealed record TokenPayload(string Conv, string? User, long Exp);
}
