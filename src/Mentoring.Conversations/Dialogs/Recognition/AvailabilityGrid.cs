using System.Text;

namespace Mentoring.Conversations.Dialogs.Recognition;

/// <summary>
/// A week as 7 days × morning/afternoon/evening = 21 bits, bit <c>day * 3 + part</c> with Monday
/// as day 0; and its canonical, language-neutral text <c>mon:morning+evening tue:evening</c>,
/// the one form an availability answer is stored in. Public because it is the contract with the
/// programme: its <c>WeeklyAvailability</c> writes and reads the same text through this class.
/// </summary>
public static class AvailabilityGrid
{
    public const int AllDays = 0b111_1111;
    public const int AllParts = 0b111;
    public const int Weekdays = 0b001_1111;
    public const int Weekend = 0b110_0000;

    public static readonly string[] DayCodes = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];
    public static readonly string[] PartCodes = ["morning", "afternoon", "evening"];

    /// <summary>Every slot of the given days (bit per day) in the given parts (bit per part).</summary>
    public static int Cross(int days, int parts)
    {
        var grid = 0;
        for (var day = 0; day < 7; day++)
        {
            if ((days & (1 << day)) != 0)
            {
                grid |= parts << (day * 3);
            }
        }

        return grid;
    }

    /// <summary>The parts of one day, as 3 bits.</summary>
    public static int PartsOf(int grid, int day) => (grid >> (day * 3)) & AllParts;

    public static string ToCanonical(int grid)
    {
        var text = new StringBuilder();
        for (var day = 0; day < 7; day++)
        {
            var parts = PartsOf(grid, day);
            if (parts == 0)
            {
                continue;
            }

            text.Append(text.Length > 0 ? " " : string.Empty).Append(DayCodes[day]).Append(':');
            AppendParts(text, parts);
        }

        return text.ToString();
    }

    /// <summary>Reads <see cref="ToCanonical"/>'s form; false for anything else (say, a value an action wrote).</summary>
    public static bool TryParseCanonical(string canonical, out int grid)
    {
        grid = 0;
        foreach (var group in canonical.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var halves = group.Split(':');
            var day = halves.Length == 2 ? Array.IndexOf(DayCodes, halves[0]) : -1;
            if (day < 0)
            {
                return false;
            }

            foreach (var code in halves[1].Split('+'))
            {
                var part = Array.IndexOf(PartCodes, code);
                if (part < 0)
                {
                    return false;
                }

                grid |= 1 << ((day * 3) + part);
            }
        }

        return grid != 0;
    }

    private static void AppendParts(StringBuilder text, int parts)
    {
        var first = true;
        for (var part = 0; part < 3; part++)
        {
            if ((parts & (1 << part)) != 0)
            {
                text.Append(first ? string.Empty : "+").Append(PartCodes[part]);
                first = false;
            }
        }
    }
}
