namespace Mentoring.Conversations.Dialogs.Recognition;

/// <summary>
/// Reads a week's availability from one message: "mon tue evening", "weekdays mornings",
/// "Mo-Fr abends, Sa vormittags", "evenings on mon and tue". Days and times next to each other
/// form a group; a group ends when the kind it began with comes back after the other kind
/// ("mon evening sat morning" is two). Days alone mean the whole day, times alone every day.
/// Words it does not know ("and", "on") are skipped; an answer with no known word is not understood.
/// </summary>
internal static class AvailabilityReader
{
    /// <summary>The slots named (see <see cref="AvailabilityGrid"/>); 0 when none.</summary>
    public static int Read(NormalizedText answer, AvailabilityVocabulary vocabulary)
    {
        var grid = 0;
        var group = new Group();
        var rangeFrom = -1;
        var through = false;
        for (var token = 0; token < answer.TokenCount;)
        {
            if (!vocabulary.Words.TryMatchAt(answer, token, out var word, out var count))
            {
                (rangeFrom, through) = (-1, false);
                token++;
                continue;
            }

            token += count;
            if (word.Kind == AvailabilityWordKind.Through)
            {
                through = rangeFrom >= 0;
                continue;
            }

            var mask = word.Mask;
            var singleDay = word.Kind == AvailabilityWordKind.Days && int.IsPow2(mask) ? int.Log2(mask) : -1;
            if (through && singleDay >= 0)
            {
                mask = Range(rangeFrom, singleDay);
            }

            (rangeFrom, through) = (singleDay, false);
            if (group.EndsWith(word.Kind))
            {
                grid |= group.Slots;
                group = new Group();
            }

            group.Add(word.Kind, mask);
        }

        return grid | group.Slots;
    }

    /// <summary>The days from one to another, both included, across the week's end if need be (Fri-Mon).</summary>
    private static int Range(int from, int to)
    {
        var days = 0;
        for (var day = from; ; day = (day + 1) % 7)
        {
            days |= 1 << day;
            if (day == to)
            {
                return days;
            }
        }
    }

    private sealed class Group
    {
        private AvailabilityWordKind? first;
        private bool sawOther;
        private int days;
        private int parts;

        public int Slots => days == 0 && parts == 0 ? 0
            : AvailabilityGrid.Cross(days == 0 ? AvailabilityGrid.AllDays : days, parts == 0 ? AvailabilityGrid.AllParts : parts);

        public bool EndsWith(AvailabilityWordKind kind) => kind == first && sawOther;

        public void Add(AvailabilityWordKind kind, int mask)
        {
            first ??= kind;
            sawOther |= kind != first;
            if (kind == AvailabilityWordKind.Days)
            {
                days |= mask;
            }
            else
            {
                parts |= mask;
            }
        }
    }
}
