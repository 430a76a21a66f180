namespace Mentoring.Matching;

/// <summary>
/// The pairs a round chooses from: for each mentee, mentors who keep every hard rule, with the
/// pair's score. Blocked by language (a mentee only ever meets mentors sharing a usable
/// language), so the graph stays sparse. Pruned (the default), each mentee keeps its best
/// candidates from a window of its own and related sectors and from a window of the wider pool;
/// the windows start at a different place for each mentee and ties are broken by a per-pair hash,
/// so that mentees spread over all mentors instead of crowding the same few.
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
        var (sectorCandidates, poolCandidates, sectorWindow, poolWindow) = options.PerMentee(round.MenteeRows.Length);
        var mentors = new int[round.MenteeRows.Length][];
        var scores = new int[round.MenteeRows.Length][];

        // One worker per core: a round runs beside the host's requests and jobs.
        Parallel.For(
            0,
            round.MenteeRows.Length,
            new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount },
            () => new Scan(round, options.Weights),
            (mentee, _, scan) =>
            {
                scan.Begin(mentee);
                var row = round.MenteeRows[mentee];
                if (options.Unpruned)
                {
                    scan.All(Buckets(byLanguage, row.Languages.Codes));
                }
                else
                {
                    scan.Best([.. Buckets(bySector, [row.Sector]), .. Buckets(byFamily, [row.Family])], sectorCandidates, sectorWindow);
                    scan.Best(Buckets(byLanguage, row.Languages.Codes), poolCandidates, poolWindow);
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
    private sealed class Scan(Compiled round, MatchingWeights weights)
    {
        private readonly int[] seenBy = new int[round.MentorRows.Length];
        private readonly List<(int Mentor, int Score)> kept = [];
        private int mentee;
        private int stamp;

        /// <summary>Starts a mentee; mentors it must never meet again count as seen already.</summary>
        public void Begin(int next)
        {
            mentee = next;
            stamp = next + 1;
            kept.Clear();
            foreach (var excluded in round.ExcludedFor.GetValueOrDefault(next, []))
            {
                seenBy[excluded] = stamp;
            }
        }

        public void All(int[][] buckets)
        {
            foreach (var bucket in buckets)
            {
                foreach (var mentor in bucket)
                {
                    if (TryScore(mentor, out var score))
                    {
                        kept.Add((mentor, score));
                    }
                }
            }
        }

        /// <summary>Adds the <paramref name="count"/> best of at most <paramref name="window"/> mentors per bucket.</summary>
        public void Best(int[][] buckets, int count, int window)
        {
            var heap = new PriorityQueue<int, (int Score, uint Tie)>(count + 1, WorstFirst.Instance);
            foreach (var bucket in buckets)
            {
                var length = Math.Min(window, bucket.Length);
                var start = bucket.Length == 0 ? 0 : (int)((uint)(mentee * 7919) % (uint)bucket.Length);
                for (var n = 0; n < length; n++)
                {
                    var mentor = bucket[(start + n) % bucket.Length];
                    if (!TryScore(mentor, out var score))
                    {
                        continue;
                    }

                    var key = (score, Tie(mentor));
                    if (heap.Count == count && heap.TryPeek(out _, out var worst) && WorstFirst.Instance.Compare(key, worst) <= 0)
                    {
                        continue;
                    }

                    heap.Enqueue(mentor, key);
                    if (heap.Count > count)
                    {
                        heap.Dequeue();
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

        /// <summary>A fixed pseudo-random order per pair: equal scores do not all favour the same mentors.</summary>
        private uint Tie(int mentor) => unchecked(((uint)mentor * 2654435761u) ^ ((uint)mentee * 2246822519u));

        private bool TryScore(int mentor, out int score)
        {
            score = PairScore.NotAllowed;
            if (seenBy[mentor] == stamp)
            {
                return false;
            }

            seenBy[mentor] = stamp;
            score = PairScore.Evaluate(round.MenteeRows[mentee], round.MentorRows[mentor], weights);
            return score != PairScore.NotAllowed;
        }
    }

    /// <summary>Orders the heap so the worst kept candidate leaves first: lower score, then lower tie hash.</summary>
    private sealed class WorstFirst : IComparer<(int Score, uint Tie)>
    {
        public static readonly WorstFirst Instance = new();

        public int Compare((int Score, uint Tie) x, (int Score, uint Tie) y) =>
            x.Score != y.Score ? x.Score.CompareTo(y.Score) : x.Tie.CompareTo(y.Tie);
    }
}
