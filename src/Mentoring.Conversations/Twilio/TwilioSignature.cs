using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Primitives;

namespace Mentoring.Conversations.Twilio;

/// <summary>
/// Twilio's <c>X-Twilio-Signature</c>: HMAC-SHA1 under the account's auth token of the URL Twilio
/// called, followed by every posted parameter. Twilio adds parameters without notice, so the
/// check always takes all of them, never a list of the ones known today.
/// </summary>
public static class TwilioSignature
{
    public const string Header = "X-Twilio-Signature";

    private const string BodyHashParameter = "bodySHA256";

    /// <summary>
    /// The signature of a request to <paramref name="url"/> (query string included): the URL, then
    /// each parameter's name and value with no separator, names in ordinal order. A name posted
    /// more than once adds each of its values, in the order they came.
    /// </summary>
    public static string Compute(string authToken, string url, IEnumerable<KeyValuePair<string, StringValues>>? parameters)
    {
        ArgumentNullException.ThrowIfNull(authToken);
        ArgumentNullException.ThrowIfNull(url);
        var data = new StringBuilder(url);
        foreach (var (name, values) in (parameters ?? []).OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            foreach (var value in values)
            {
                data.Append(name).Append(value);
            }
        }

#pragma warning disable CA5350 // Twilio's protocol fixes HMAC-SHA1; the key is secret, so it still proves the sender.
        var hash = HMACSHA1.HashData(Encoding.UTF8.GetBytes(authToken), Encoding.UTF8.GetBytes(data.ToString()));
#pragma warning restore CA5350
        return Convert.ToBase64String(hash);
    }

    /// <summary>
    /// Whether <paramref name="signature"/> is Twilio's for a form-encoded request. The URL is also
    /// tried with the scheme's default port added or removed, because Twilio signs the URL as it
    /// was configured and proxies differ in whether they show <c>:443</c>.
    /// </summary>
    public static bool IsValid(string? signature, string? authToken, string url, IEnumerable<KeyValuePair<string, StringValues>>? parameters)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (string.IsNullOrEmpty(signature) || string.IsNullOrEmpty(authToken))
        {
            return false;
        }

        var all = parameters?.ToList();
        return UrlVariants(url).Any(candidate => SameText(signature, Compute(authToken, candidate, all)));
    }

    /// <summary>
    /// Whether <paramref name="signature"/> is Twilio's for a JSON request: the URL alone is
    /// signed, and its <c>bodySHA256</c> parameter must be the hex SHA-256 of the raw body.
    /// </summary>
    public static bool IsValidJson(string? signature, string? authToken, string url, ReadOnlySpan<byte> body)
    {
        ArgumentNullException.ThrowIfNull(url);
        var query = url.IndexOf('?', StringComparison.Ordinal);
        if (query < 0 || !QueryHelpers.ParseQuery(url[query..]).TryGetValue(BodyHashParameter, out var expected) || expected.Count != 1)
        {
            return false;
        }

        var actual = Convert.ToHexStringLower(SHA256.HashData(body));
        return SameText(actual, expected.ToString().ToLowerInvariant()) && IsValid(signature, authToken, url, null);
    }

    private static bool SameText(string a, string b) =>
        CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(a), Encoding.UTF8.GetBytes(b));

    /// <summary>The URL as given, then with its scheme's default port removed if it has it, or added if it has none.</summary>
    private static IEnumerable<string> UrlVariants(string url)
    {
        yield return url;
        var schemeEnd = url.IndexOf("://", StringComparison.Ordinal);
        var defaultPort = schemeEnd <= 0 ? null : url[..schemeEnd].ToLowerInvariant() switch
        {
            "https" => "443",
            "http" => "80",
            _ => null,
        };
        if (defaultPort is null)
        {
            yield break;
        }

        var authorityStart = schemeEnd + 3;
        var authorityEnd = url.IndexOfAny(['/', '?', '#'], authorityStart);
        authorityEnd = authorityEnd < 0 ? url.Length : authorityEnd;
        var authority = url[authorityStart..authorityEnd];

        // The port's colon comes after any user info and after an IPv6 address's brackets.
        var hostStart = Math.Max(authority.LastIndexOf('@') + 1, authority.LastIndexOf(']'));
        var colon = authority.IndexOf(':', Math.Max(hostStart, 0));
        if (colon < 0)
        {
            yield return string.Concat(url.AsSpan(0, authorityEnd), ":", defaultPort, url.AsSpan(authorityEnd));
        }
        else if (authority[(colon + 1)..] == defaultPort)
        {
            yield return string.Concat(url.AsSpan(0, authorityStart + colon), url.AsSpan(authorityEnd));
        }
    }
}
