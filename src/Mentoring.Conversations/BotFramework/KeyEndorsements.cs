using System.Text.Json;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace Mentoring.Conversations.BotFramework;

/// <summary>
/// The channels a Bot Connector key may sign for, listed in the key set's non-standard
/// <c>endorsements</c> array, which Microsoft.IdentityModel keeps among the key's additional data.
/// Anything it cannot read counts as no endorsement.
/// </summary>
internal static class KeyEndorsements
{
    public static bool Allow(OpenIdConnectConfiguration configuration, string? keyId, string channelId)
    {
        var key = configuration.JsonWebKeySet?.Keys.FirstOrDefault(k => keyId is not null && k.KeyId == keyId);
        if (key is null || !key.AdditionalData.TryGetValue("endorsements", out var endorsements))
        {
            return false;
        }

        return endorsements switch
        {
            JsonElement { ValueKind: JsonValueKind.Array } array => array.EnumerateArray().Any(e => e.ValueKind == JsonValueKind.String && e.GetString() == channelId),
            IEnumerable<object> items => items.Any(e => e is string s && s == channelId),
            _ => false,
        };
    }
}
