namespace Mentoring.Core.Domain;

public enum CaseKind
{
    /// <summary>Someone said "there is a problem" or used the problem command.</summary>
    Problem,

    /// <summary>Repeated silence at check-ins.</summary>
    Silence,

    /// <summary>A message could not be delivered after its last attempt.</summary>
    DeliveryFailed,

    /// <summary>The channel said the address does not exist.</summary>
    InvalidAddress,

    /// <summary>The person opted out of messages (SMS STOP and the like).</summary>
    OptedOut,

    /// <summary>A mentor asked a coordinator about a proposal.</summary>
    ProposalQuestion,
}
