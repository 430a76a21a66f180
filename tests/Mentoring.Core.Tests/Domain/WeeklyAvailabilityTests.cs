using Mentoring.Core.Domain;

namespace Mentoring.Core.Tests.Domain;

public sealed class WeeklyAvailabilityTests
{
    public static TheoryData<DayOfWeek, PartOfDay> EverySlot()
    {
        var data = new TheoryData<DayOfWeek, PartOfDay>();
        foreach (var day in Enum.GetValues<DayOfWeek>())
        {
            foreach (var part in Enum.GetValues<PartOfDay>())
            {
                data.Add(day, part);
            }
        }

        return data;
    }

    [Theory]
    [InlineData(DayOfWeek.Monday, PartOfDay.Morning, 0)]
    [InlineData(DayOfWeek.Monday, PartOfDay.Evening, 2)]
    [InlineData(DayOfWeek.Tuesday, PartOfDay.Morning, 3)]
    [InlineData(DayOfWeek.Saturday, PartOfDay.Afternoon, 16)]
    [InlineData(DayOfWeek.Sunday, PartOfDay.Morning, 18)]
    [InlineData(DayOfWeek.Sunday, PartOfDay.Evening, 20)]
    public void Of_SetsTheBitOfTheSlot_CountingFromMonday(DayOfWeek day, PartOfDay part, int bit) =>
        Assert.Equal(1 << bit, WeeklyAvailability.Of(day, part).Mask);

    [Theory]
    [MemberData(nameof(EverySlot))]
    public void Contains_IsTrueForThatSlotOnly_WhenMadeWithOf(DayOfWeek day, PartOfDay part)
    {
        var availability = WeeklyAvailability.Of(day, part);

        Assert.Equal(1, availability.Count);
        Assert.True(availability.Contains(day, part));
        Assert.Equal((day, part), Assert.Single(availability.Slots()));
    }

    [Theory]
    [MemberData(nameof(EverySlot))]
    public void With_AddsTheSlotAndKeepsTheOthers(DayOfWeek day, PartOfDay part)
    {
        var start = WeeklyAvailability.Of(DayOfWeek.Wednesday, PartOfDay.Afternoon);

        var availability = start.With(day, part);

        Assert.True(availability.Contains(day, part));
        Assert.True(availability.Contains(DayOfWeek.Wednesday, PartOfDay.Afternoon));
        Assert.Equal(start.Mask | WeeklyAvailability.Of(day, part).Mask, availability.Mask);
    }

    [Fact]
    public void Of_Throws_WhenThePartIsUndefined() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => WeeklyAvailability.Of(DayOfWeek.Monday, (PartOfDay)3));

    [Theory]
    [InlineData(7)]
    [InlineData(-1)]
    public void Of_Throws_WhenTheDayIsUndefined(int day) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => WeeklyAvailability.Of((DayOfWeek)day, PartOfDay.Morning));

    [Theory]
    [InlineData(1 << 21)]
    [InlineData(-1)]
    [InlineData(int.MaxValue)]
    public void Constructor_Throws_WhenTheMaskHasBitsBeyondTheGrid(int mask) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new WeeklyAvailability(mask));

    [Fact]
    public void Always_HoldsAllTwentyOneSlots()
    {
        Assert.Equal(WeeklyAvailability.SlotCount, WeeklyAvailability.Always.Count);
        Assert.True(WeeklyAvailability.None.IsEmpty);
    }

    [Fact]
    public void OverlapAndIntersect_KeepOnlyTheSharedSlots()
    {
        var mentor = WeeklyAvailability.Parse("mon:evening tue:morning+evening sun:afternoon");
        var mentee = WeeklyAvailability.Parse("mon:morning+evening tue:evening sat:afternoon");

        Assert.Equal(2, mentor.Overlap(mentee));
        Assert.Equal(WeeklyAvailability.Parse("mon:evening tue:evening"), mentor.Intersect(mentee));
        Assert.Equal(0, mentor.Overlap(WeeklyAvailability.None));
    }

    [Fact]
    public void Overlap_IsThePopcountOfTheCommonMask_ForRandomMasks()
    {
        var random = new Random(2025);
        for (var i = 0; i < 500; i++)
        {
            var a = new WeeklyAvailability(random.Next(1 << WeeklyAvailability.SlotCount));
            var b = new WeeklyAvailability(random.Next(1 << WeeklyAvailability.SlotCount));

            var common = a.Slots().Intersect(b.Slots()).Count();

            Assert.Equal(common, a.Overlap(b));
            Assert.Equal(common, a.Intersect(b).Count);
        }
    }

    [Fact]
    public void ToString_WritesDaysMondayFirstWithTheirPartsInOrder()
    {
        var availability = WeeklyAvailability.Of(DayOfWeek.Sunday, PartOfDay.Evening)
            .With(DayOfWeek.Monday, PartOfDay.Evening)
            .With(DayOfWeek.Monday, PartOfDay.Morning)
            .With(DayOfWeek.Tuesday, PartOfDay.Afternoon);

        Assert.Equal("mon:morning+evening tue:afternoon sun:evening", availability.ToString());
    }

    [Fact]
    public void ToString_IsEmpty_WhenThereIsNoSlot() => Assert.Equal(string.Empty, WeeklyAvailability.None.ToString());

    [Fact]
    public void Parse_ReadsBackWhatToStringWrote_ForRandomMasks()
    {
        var random = new Random(21);
        for (var i = 0; i < 1000; i++)
        {
            var availability = new WeeklyAvailability(random.Next(1 << WeeklyAvailability.SlotCount));

            Assert.Equal(availability, WeeklyAvailability.Parse(availability.ToString()));
        }

        Assert.Equal(WeeklyAvailability.Always, WeeklyAvailability.Parse(WeeklyAvailability.Always.ToString()));
    }

    [Theory]
    [InlineData("mon")]
    [InlineData("mon:")]
    [InlineData("monday:morning")]
    [InlineData("Mon:morning")]
    [InlineData("mon:noon")]
    [InlineData("mon:morning+")]
    [InlineData("mon:morning:evening")]
    [InlineData("mon:morning,tue:evening")]
    public void Parse_ThrowsFormatException_WhenTheTextIsNotCanonical(string text) =>
        Assert.Throws<FormatException>(() => WeeklyAvailability.Parse(text));
}
