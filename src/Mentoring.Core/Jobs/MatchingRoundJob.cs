using Hangfire;
using Mentoring.Core.Programme;

namespace Mentoring.Core.Jobs;

/// <summary>
/// The recurring matching round. Hangfire runs a job at least once and possibly on two servers
/// at a time: overlapping runs are kept apart here, and a round that still meets another round's
/// commit fails its version check and is retried, so nobody is proposed twice.
/// </summary>
public sealed class MatchingRoundJob(ProposalRound round)
{
    public const string Id = "matching-round";

    [DisableConcurrentExecution(timeoutInSeconds: 600)]
    [AutomaticRetry(Attempts = 3)]
    public Task RunAsync(CancellationToken cancellationToken) => round.RunAsync(cancellationToken);
}
