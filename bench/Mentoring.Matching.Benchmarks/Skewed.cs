namespace Mentoring.Matching.Benchmarks;

/// <summary>
/// A value drawn with fixed weights. Real programmes are lopsided (a third of mentees speak
/// Arabic, most mentors work in offices), and a uniform generator would hide exactly the
/// competition for scarce mentors that makes matching hard.
/// </summary>
internal sealed class Skewed<T>
{
    private readonly T[] values;
    private readonly double[] cumulative;

    public Skewed(params (T Value, double Weight)[] table)
    {
        values = [.. table.Select(t => t.Value)];
        cumulative = new double[table.Length];
        var sum = 0.0;
        for (var i = 0; i < table.Length; i++)
        {
            sum += table[i].Weight;
            cumulative[i] = sum;
        }
    }

    public IReadOnlyList<T> Values => values;

    public T Next(Random random)
    {
        var x = random.NextDouble() * cumulative[^1];
        var i = Array.BinarySearch(cumulative, x);
        return values[Math.Min(i < 0 ? ~i : i + 1, values.Length - 1)];
    }

    /// <summary>A draw that is not <paramref name="other"/> (for a second sector or language).</summary>
    public T NextOtherThan(Random random, T other)
    {
        while (true)
        {
            var value = Next(random);
            if (!EqualityComparer<T>.Default.Equals(value, other))
            {
                return value;
            }
        }
    }
}
