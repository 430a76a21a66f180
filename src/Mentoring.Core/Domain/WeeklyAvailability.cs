using System.Numerics;
using Mentoring.Conversations.Dialogs.Recognition;

namespace Mentoring.Core.Domain;

/// <summary>
/// When a person can meet in an ordinary week: 7 days × morning/afternoon/evening = 21 slots,
/// kept as a bit mask so that overlap is one AND and a popcount. Bit <c>day * 3 + part</c>, with
/// Monday as day 0 because that is how the programmes (and ISO 8601) count the week.
/// </summary>
public readonly record struct WeeklyAvailability
{
    public const int SlotCount = 21;
    private const int AllBits = (1 << SlotCount) - 1;

    /// <summary>Days in the order the grid uses, Monday first.</summary>
    public static readonly IReadOnlyList<DayOfWeek> Days =
    [
        DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday,
        DayOfWeek.Friday, DayOfWeek.Saturday, DayOfWeek.Sunday,
    ];

    public WeeklyAvailability(int mask)
    {
        if ((mask & ~AllBits) != 0)
        {
            throw new ArgumentOutOfRangeException(nameof(mask), mask, "Only the low 21 bits are slots.");
        }

        Mask = mask;
    }

    public int Mask { get; }

    public static WeeklyAvailability None => default;

    public static WeeklyAvailability Always => new(AllBits);

    public bool IsEmpty => Mask == 0;

    public int Count => BitOperations.PopCount((uint)Mask);

    public static WeeklyAvailability Of(DayOfWeek day, PartOfDay part) => new(1 << Bit(day, part));

    public WeeklyAvailability With(DayOfWeek day, PartOfDay part) => new(Mask | (1 << Bit(day, part)));

    public WeeklyAvailability Union(WeeklyAvailability other) => new(Mask | other.Mask);

    public bool Contains(DayOfWeek day, PartOfDay part) => (Mask & (1 << Bit(day, part))) != 0;

    /// <summary>The slots both can make: what matching scores on.</summary>
    public WeeklyAvailability Intersect(WeeklyAvailability other) => new(Mask & other.Mask);

    /// <summary>How many weekly slots both can make.</summary>
    public int Overlap(WeeklyAvailability other) => BitOperations.PopCount((uint)(Mask & other.Mask));

    public IEnumerable<(DayOfWeek Day, PartOfDay Part)> Slots()
    {
        for (var bit = 0; bit < SlotCount; bit++)
        {
            if ((Mask & (1 << bit)) != 0)
            {
                yield return (Days[bit / 3], (PartOfDay)(bit % 3));
            }
        }
    }

    /// <summary>
    /// The canonical, language-neutral form: days with their parts, e.g.
    /// <c>mon:morning+evening tue:evening</c>, as the dialogs store an availability answer.
    /// <see cref="Parse"/> reads it back.
    /// </summary>
    public override string ToString() => AvailabilityGrid.ToCanonical(Mask);

    /// <summary>Reads the canonical form written by <see cref="ToString"/>; an empty text is no slot.</summary>
    public static WeeklyAvailability Parse(string canonical)
    {
        ArgumentNullException.ThrowIfNull(canonical);
        if (string.IsNullOrWhiteSpace(canonical))
        {
            return None;
        }

        return AvailabilityGrid.TryParseCanonical(canonical, out var grid)
            ? new WeeklyAvailability(grid)
            : throw new FormatException($"'{canonical}' is not days with their parts, such as 'mon:morning+evening tue:evening'.");
    }

    private static int Bit(DayOfWeek day, PartOfDay part)
    {
        if (!Enum.IsDefined(part))
        {
            throw new ArgumentOutOfRangeException(nameof(part));
        }

        if (!Enum.IsDefined(day))
        {
            throw new ArgumentOutOfRangeException(nameof(day));
        }

        var index = ((int)day + 6) % 7; // DayOfWeek counts from Sunday; the grid from Monday.
        return index * 3 + (int)part;
    }
}
