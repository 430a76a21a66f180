using Mentoring.Core.Messaging;

namespace Mentoring.Core.Tests.Messaging;

/// <summary>When quiet hours hold back what the service starts, in the recipient's own time zone.</summary>
public sealed class QuietHoursTests
{
    private static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");
    private static readonly TimeZoneInfo Kyiv = TimeZoneInfo.FindSystemTimeZoneById("Europe/Kyiv");

    [Theory]
    [InlineData("2026-11-23T19:59:00Z", null)] // 20:59 in Berlin
    [InlineData("2026-11-23T20:00:00Z", "2026-11-24T07:00:00Z")] // 21:00
    [InlineData("2026-11-23T23:30:00Z", "2026-11-24T07:00:00Z")] // 00:30, the same night
    [InlineData("2026-11-24T06:59:00Z", "2026-11-24T07:00:00Z")] // 07:59
    [InlineData("2026-11-24T07:00:00Z", null)] // 08:00
    public void QuietUntil_HoldsBackTheNight_UntilEightInTheMorning(string now, string? until)
    {
        var quiet = new MessagingOptions().QuietUntil(DateTimeOffset.Parse(now, System.Globalization.CultureInfo.InvariantCulture), Berlin);

        Assert.Equal(until is null ? null : DateTimeOffset.Parse(until, System.Globalization.CultureInfo.InvariantCulture), quiet);
    }

    [Fact]
    public void QuietUntil_IsTheRecipientsNight_NotTheServersOrTheProgrammes()
    {
        // 20:30 UTC is 21:30 in Berlin but 22:30 in Kyiv: both quiet, each until its own 08:00.
        var now = new DateTimeOffset(2026, 11, 23, 20, 30, 0, TimeSpan.Zero);

        Assert.Equal(new DateTimeOffset(2026, 11, 24, 7, 0, 0, TimeSpan.Zero), new MessagingOptions().QuietUntil(now, Berlin));
        Assert.Equal(new DateTimeOffset(2026, 11, 24, 6, 0, 0, TimeSpan.Zero), new MessagingOptions().QuietUntil(now, Kyiv));
    }

    [Fact]
    public void QuietUntil_WorksForQuietHoursWithinOneDay()
    {
        var options = new MessagingOptions { QuietHoursStart = new TimeOnly(12, 0), QuietHoursEnd = new TimeOnly(14, 0) };

        Assert.Equal(new DateTimeOffset(2026, 11, 23, 13, 0, 0, TimeSpan.Zero), options.QuietUntil(new DateTimeOffset(2026, 11, 23, 11, 15, 0, TimeSpan.Zero), Berlin));
        Assert.Null(options.QuietUntil(new DateTimeOffset(2026, 11, 23, 13, 0, 0, TimeSpan.Zero), Berlin));
    }

    [Fact]
    public void QuietUntil_IsNeverQuiet_WhenStartAndEndAreTheSame()
    {
        var options = new MessagingOptions { QuietHoursStart = new TimeOnly(0, 0), QuietHoursEnd = new TimeOnly(0, 0) };

        Assert.Null(options.QuietUntil(new DateTimeOffset(2026, 11, 23, 23, 0, 0, TimeSpan.Zero), Berlin));
    }

    [Fact]
    public void QuietUntil_EndsAtTheFirstMinuteThatExists_WhenTheClockSkipsTheEnd()
    {
        // On 28 March 2027 Berlin's clocks go from 02:00 straight to 03:00.
        var options = new MessagingOptions { QuietHoursStart = new TimeOnly(22, 0), QuietHoursEnd = new TimeOnly(2, 30) };

        var until = options.QuietUntil(new DateTimeOffset(2027, 3, 27, 23, 0, 0, TimeSpan.Zero), Berlin);

        Assert.Equal(new DateTimeOffset(2027, 3, 28, 1, 0, 0, TimeSpan.Zero), until);
    }
}
