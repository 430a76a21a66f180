namespace Mentoring.Conversations.BotFramework;

/// <summary>
/// The issuers whose tokens the Emulator and other bots may present: Entra ID v1
/// (<c>https://sts.windows.net/{tenant}/</c>) and v2 (<c>https://login.microsoftonline.com/{tenant}/v2.0</c>)
/// of the bot's tenant (a multi-tenant bot: the token's own tenant), and the metadata's own
/// <c>issuer</c>, whose <c>{tenantid}</c> placeholder stands for that tenant (other clouds, tests).
/// </summary>
internal static class EntraIssuer
{
    private const string TenantPlaceholder = "{tenantid}";

    public static IEnumerable<string> AcceptedFor(string? tenant, string? metadataIssuer)
    {
        if (!string.IsNullOrWhiteSpace(tenant))
        {
            yield return $"https://sts.windows.net/{tenant}/";
            yield return $"https://login.microsoftonline.com/{tenant}/v2.0";
        }

        if (string.IsNullOrWhiteSpace(metadataIssuer))
        {
            yield break;
        }

        if (!metadataIssuer.Contains(TenantPlaceholder, StringComparison.OrdinalIgnoreCase))
        {
            yield return metadataIssuer;
        }
        else if (!string.IsNullOrWhiteSpace(tenant))
        {
            yield return metadataIssuer.Replace(TenantPlaceholder, tenant, StringComparison.OrdinalIgnoreCase);
        }
    }
}
