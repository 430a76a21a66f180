namespace Mentoring.Matching;

/// <summary>
/// The pairs a round chooses from: for each mentee, mentors who keep every hard rule, with the
/// pair's score. Blocked by language (a mentee only ever meets mentors sharing a usable
/// language), so the graph stays sparse; in pruned mode each mentee keeps its best
/// <see cref="RoundOptions.SectorCandidates"/> from its own and related sectors plus its best
/// <see cref="RoundOptions.PoolCandidates"/> from a window of the wider pool.
/// </summary>
internal sealed class Candidates
{
    private Candidates(int[][] mentors, int[][] scores)
    {
        Mentors = mentors;
        Scores = scores;
    }

    /// <summary>Per mentee (by rank), its candidate mentors' indexes in ascending order.</summary>
    public int[][] Mentors { get; }

    /// <summary>Per mentee, the pair scores, aligned with <see cref="Mentors"/>.</summary>
    public int[][] Scores { get; }

    public long PairCount => Mentors.Sum(m => (long)m.Length);

    public static Candidates Generate(Compiled round, RoundOptions options)
    {
        var byLanguage = Index(round.MentorRows, r => r.Languages.Codes);
        var bySector = Index(round.MentorRows, r => r.Sectors);
        var byFamily = Index(round.MentorRows, r => r.Families);
        var mentors = new int[round.MenteeRows.Length][];
        var scores = new int[round.MenteeRows.Length][];
        Parallel.For(
            0,
            round.MenteeRows.Length,
            () => new Scan(round.MentorRows.Length),
            (mentee, _, scan) =>
            {
                scan.Begin(mentee);
                if (options.IsExact)
                {
                    scan.All(round, options, mentee, Buckets(byLanguage, round.MenteeRows[mentee].Languages.Codes));
                }
                else
                {
                    var row = round.MenteeRows[mentee];
                    scan.Best(round, options, mentee, [.. Buckets(bySector, [row.Sector]), .. Buckets(byFamily, [row.Family])], options.SectorCandidates, window: int.MaxValue);
                    scan.Best(round, options, mentee, Buckets(byLanguage, row.Languages.Codes), options.PoolCandidates, options.PoolWindow);
                }

                (mentors[mentee], scores[mentee]) = scan.Result();
                return scan;
            },
            _ => { });
        return new Candidates(mentors, scores);
    }

    private static Dictionary<int, int[]> Index(MentorRow[] rows, Func<MentorRow, int[]> keys)
    {
        var index = new Dictionary<int, List<int>>();
        for (var i = 0; i < rows.Length; i++)
        {
            foreach (var key in keys(rows[i]))
            {
                if (!index.TryGetValue(key, out var list))
                {
                    index[key] = list = [];
                }

                list.Add(i);
            }
        }

        return index.ToDictionary(e => e.Key, e => e.Value.ToArray());
    }

    private static int[][] Buckets(Dictionary<int, int[]> index, int[] keys) =>
        [.. keys.Select(k => index.TryGetValue(k, out var bucket) ? bucket : [])];

    /// <summary>One thread's scratch space: which mentors this mentee has seen, and the best so far.</summary>
    private sealed class Scan(int mentorCount)
    {
        private readonly int[] seenBy = new int[mentorCount];
        private readonly List<(int Mentor, int Score)> kept = [];
        private int stamp;

        public void Begin(int mentee)
        {
            stamp = mentee + 1;
            kept.Clear();
        }

        public void All(Compiled round, RoundOptions options, int mentee, int[][] buckets)
        {
            foreach (var bucket in buckets)
            {
                foreach (var mentor in bucket)
                {
                    if (TryScore(round, options, mentee, mentor, out var score))
                    {
                        kept.Add((mentor, score));
                    }
                }
            }
        }

        /// <summary>
        /// Adds the <paramref name="count"/> best of at most <paramref name="window"/> mentors per
        /// bucket; the window starts at a place that depends on the mentee, so that mentees with the
        /// same language look at different mentors and the load spreads.
        /// </summary>
        public void Best(Compiled round, RoundOptions options, int mentee, int[][] buckets, int count, int window)
        {
            var heap = new PriorityQueue<int, (int Score, int Mentor)>(count + 1, BestLast.Instance);
            foreach (var bucket in buckets)
            {
                var length = Math.Min(window, bucket.Length);
                var start = bucket.Length == 0 ? 0 : (int)((long)mentee * 7919 % bucket.Length);
                for (var n = 0; n < length; n++)
                {
                    var mentor = bucket[(start + n) % bucket.Length];
                    if (TryScore(round, options, mentee, mentor, out var score))
                    {
                        heap.Enqueue(mentor, (score, mentor));
                        if (heap.Count > count)
                        {
                            heap.Dequeue();
                        }
                    }
                }
            }

            while (heap.TryDequeue(out var mentor, out var key))
            {
                kept.Add((mentor, key.Score));
            }
        }

        public (int[] Mentors, int[] Scores) Result()
        {
            kept.Sort((a, b) => a.Mentor.CompareTo(b.Mentor));
            return ([.. kept.Select(k => k.Mentor)], [.. kept.Select(k => k.Score)]);
        }

        private bool TryScore(Compiled round, RoundOptions options, int mentee, int mentor, out int score)
        {
            score = PairScore.NotAllowed;
            if (seenBy[mentor] == stamp || round.IsExcluded(mentor, mentee))
            {
                return false;
            }

            seenBy[mentor] = stamp;
            score = PairScore.Evaluate(round.MenteeRows[mentee], round.MentorRows[mentor], options.Weights);
            return score != PairScore.NotAllowed;
        }
    }

    /// <summary>Orders the heap so the worst kept candidate leaves first: lower score, then higher index.</summary>
    private sealed class BestLast : IComparer<(int Score, int Mentor)>
    {
        public static readonly BestLast Instance = new();

        public int Compare((int Score, int Mentor) x, (int Score, int Mentor) y) =>
            x.Score != y.Score ? x.Score.CompareTo(y.Score) : y.Mentor.CompareTo(x.Mentor);
    }
}
