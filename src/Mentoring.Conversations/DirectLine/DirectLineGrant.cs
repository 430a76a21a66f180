namespace Mentoring.Conversations.DirectLine;

/// <summary>
/// What a bearer may do: the secret opens every conversation; a token opens one, and names the
/// user it was issued for if the issuer knew them.
/// </summary>
public sealed record DirectLineGrant(string? ConversationId, string? UserId, DateTimeOffset ExpiresAt)
{
    public bool IsSecret => ConversationId is null;

    public bool Opens(string conversationId) => IsSecret || string.Equals(ConversationId, conversationId, StringComparison.Ordinal);
}
