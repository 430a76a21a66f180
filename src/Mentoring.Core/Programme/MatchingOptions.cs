using System.ComponentModel.DataAnnotations;
using Mentoring.Matching;

namespace Mentoring.Core.Programme;

/// <summary>How and when the programme matches (configuration section <c>Matching</c>).</summary>
public sealed class MatchingOptions
{
    public const string Section = "Matching";

    /// <summary>When matching rounds run (cron, in UTC). Hourly by default: nobody waits long for a free mentor.</summary>
    [Required]
    public string Schedule { get; set; } = "0 * * * *";

    /// <summary>How long a mentor (then the mentee) has to answer a proposal before it expires.</summary>
    [Range(1, 24 * 30)]
    public int ProposalExpiryHours { get; set; } = 72;

    /// <summary>A coordinator approves each proposal before it reaches the mentor.</summary>
    public bool RequireCoordinatorApproval { get; set; }

    /// <summary>Weights and search settings of the round itself.</summary>
    public RoundOptions Round { get; set; } = new();

    public TimeSpan ProposalExpiry => TimeSpan.FromHours(ProposalExpiryHours);
}
