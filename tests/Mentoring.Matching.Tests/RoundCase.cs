using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Mentoring.Matching.Tests;

/// <summary>
/// One sample of the properties: a round, the weights to score it with, a pruned search with the
/// same weights, and a seed to reorder the input with. Prints every person on a failure.
/// </summary>
internal sealed record RoundCase(RoundInput Input, MatchingWeights Weights, RoundOptions Pruned, int Seed)
{
    public MatchingRound Exact => new(RoundOptions.Exact(Weights));

    public MatchingRound Pruning => new(Pruned);

    /// <summary>The same people in another order, with their languages and sectors reordered too.</summary>
    public RoundInput Reordered()
    {
        var random = new Random(Seed);
        T[] Shuffle<T>(IEnumerable<T> items)
        {
            var array = items.ToArray();
            random.Shuffle(array);
            return array;
        }

        var mentees = Shuffle(Input.Mentees.Select(m => m with { Languages = Shuffle(m.Languages) }));
        var mentors = Shuffle(Input.Mentors.Select(m => m with { Languages = Shuffle(m.Languages), Sectors = Shuffle(m.Sectors) }));
        return Input with { Mentees = mentees, Mentors = mentors, ExcludedPairs = new HashSet<(Guid, Guid)>(Shuffle(Input.ExcludedPairs)) };
    }

    public override string ToString()
    {
        var text = new StringBuilder()
            .AppendLine(CultureInfo.InvariantCulture, $"weights {JsonSerializer.Serialize(Weights)}")
            .AppendLine(CultureInfo.InvariantCulture, $"pruned sector {Pruned.SectorCandidates}, pool {Pruned.PoolCandidates}, window {Pruned.PoolWindow}");
        foreach (var m in Input.Mentees)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"mentee {Number(m.Id)}: {Spoken(m.Languages)} {m.Gender}/{m.MentorGender} slots {m.Availability:x} remote {m.RemoteOk}")
                .AppendLine(CultureInfo.InvariantCulture, $"  {m.Sector} goal {m.Goal} town {m.Town} waited {(Input.Now - m.WaitingSince).TotalDays}d");
        }

        foreach (var m in Input.Mentors)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"mentor {Number(m.Id)}: {Spoken(m.Languages)} {m.Gender}/{m.MenteeGender} slots {m.Availability:x} remote {m.RemoteOk}")
                .AppendLine(CultureInfo.InvariantCulture, $"  {string.Join('+', m.Sectors)} goals {m.Goals:x} town {m.Town} load {m.Load}/{m.Capacity}");
        }

        return text.Append("excluded (mentor, mentee) ").AppendJoin(' ', Input.ExcludedPairs.Select(p => $"({Number(p.MentorId)}, {Number(p.MenteeId)})")).ToString();
    }

    private static string Spoken(IEnumerable<Spoken> languages) => string.Join(' ', languages.Select(l => $"{l.Code}{l.Level}"));

    private static int Number(Guid id) => int.Parse(id.ToString("N")[..8], NumberStyles.HexNumber, CultureInfo.InvariantCulture);
}
