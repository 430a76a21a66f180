namespace Mentoring.Core.Messaging;

/// <summary>How the service sends what it starts itself (section <c>Messaging</c>).</summary>
public sealed class MessagingOptions
{
    public const string Section = "Messaging";

    /// <summary>
    /// From this time of day in the recipient's time zone, nothing the service starts is sent
    /// (answers to the person's own messages still are) until <see cref="QuietHoursEnd"/>. The
    /// same time for both turns quiet hours off.
    /// </summary>
    public TimeOnly QuietHoursStart { get; set; } = new(21, 0);

    public TimeOnly QuietHoursEnd { get; set; } = new(8, 0);

    /// <summary>When quiet hours in <paramref name="zone"/> hold back a message the service starts at <paramref name="now"/>; null if they do not.</summary>
    public DateTimeOffset? QuietUntil(DateTimeOffset now, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        if (QuietHoursStart == QuietHoursEnd)
        {
            return null;
        }

        var local = TimeZoneInfo.ConvertTime(now, zone);
        var time = TimeOnly.FromDateTime(local.DateTime);
        var overnight = QuietHoursStart > QuietHoursEnd;
        var quiet = overnight ? time >= QuietHoursStart || time < QuietHoursEnd : time >= QuietHoursStart && time < QuietHoursEnd;
        if (!quiet)
        {
            return null;
        }

        var endDay = DateOnly.FromDateTime(local.DateTime);
        if (time >= QuietHoursEnd)
        {
            endDay = endDay.AddDays(1);
        }

        var end = endDay.ToDateTime(QuietHoursEnd, DateTimeKind.Unspecified);

        // A clock change can skip the very minute quiet hours end: take the first minute that exists.
        while (zone.IsInvalidTime(end))
        {
            end = end.AddMinutes(30);
        }

        return new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(end, zone), TimeSpan.Zero);
    }
}
