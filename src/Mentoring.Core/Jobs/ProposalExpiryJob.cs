using Hangfire;
using Mentoring.Core.Programme;

namespace Mentoring.Core.Jobs;

/// <summary>Expires proposals nobody answered in time, in batches, until none is due.</summary>
public sealed class ProposalExpiryJob(Proposals proposals)
{
    public const string Id = "proposal-expiry";
    public const string Schedule = "*/15 * * * *";

    [DisableConcurrentExecution(timeoutInSeconds: 300)]
    [AutomaticRetry(Attempts = 3)]
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        while (await proposals.ExpireDueAsync(cancellationToken) > 0 && !cancellationToken.IsCancellationRequested)
        {
        }
    }
}
