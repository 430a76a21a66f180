using System.ComponentModel.DataAnnotations;

namespace Mentoring.Core.Programme;

/// <summary>Settings of the programme itself (section <c>Programme</c>).</summary>
public sealed class ProgrammeOptions : IValidatableObject
{
    public const string Section = "Programme";

    /// <summary>IANA zone for people who have not said otherwise, and for quiet hours.</summary>
    [Required]
    public string TimeZone { get; set; } = "Europe/Berlin";

    /// <summary>ISO 3166 country whose numbers may be written without a country code.</summary>
    [Required]
    [RegularExpression("^[A-Z]{2}$")]
    public string DefaultRegion { get; set; } = "DE";

    /// <summary>Days between check-ins of an active match.</summary>
    [Range(1, 90)]
    public int CheckInIntervalDays { get; set; } = 14;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(TimeZone, out _))
        {
            yield return new ValidationResult($"Programme:TimeZone '{TimeZone}' is not a known IANA time zone, such as Europe/Berlin.", [nameof(TimeZone)]);
        }
    }
}
