using Hangfire;
using Mentoring.Core.Programme;

namespace Mentoring.Core.Jobs;

/// <summary>Asks both sides of every active match whose check-in is due, in batches, until none is.</summary>
public sealed class CheckInJob(CheckIns checkIns)
{
    public const string Id = "check-in-prompts";
    public const string Schedule = "*/15 * * * *";

    [DisableConcurrentExecution(timeoutInSeconds: 300)]
    [AutomaticRetry(Attempts = 3)]
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        while (await checkIns.PromptDueAsync(cancellationToken) > 0 && !cancellationToken.IsCancellationRequested)
        {
        }
    }
}
