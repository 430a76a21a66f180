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

    /// <summary>
    /// The programme's own privacy notice, if it publishes one; the consent links to it. Unset, it
    /// links to this service's <c>/privacy</c> page in the person's language.
    /// </summary>
    public string? PrivacyUrl { get; set; }

    /// <summary>
    /// Months after a person's last message or action when everything about them is erased (the
    /// privacy notice promises it). Conversations of people who never consented, web chat
    /// transcripts and message ids go after the same time.
    /// </summary>
    [Range(1, 120)]
    public int RetentionMonths { get; set; } = 12;

    /// <summary>Days between check-ins of an active match.</summary>
    [Range(1, 90)]
    public int CheckInIntervalDays { get; set; } = 14;

    /// <summary>
    /// Days a check-in may go unanswered before the one reminder; the same again after the
    /// reminder, and a coordinator is asked to get in touch (a Silence case).
    /// </summary>
    [Range(1, 30)]
    public int CheckInReminderDays { get; set; } = 3;

    /// <summary>Days after a match began when both sides are asked how it is going (the first survey).</summary>
    [Range(7, 180)]
    public int FirstSurveyAfterDays { get; set; } = 30;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(TimeZone, out _))
        {
            yield return new ValidationResult($"Programme:TimeZone '{TimeZone}' is not a known IANA time zone, such as Europe/Berlin.", [nameof(TimeZone)]);
        }
    }
}
