using Hangfire;
using Mentoring.Core.Programme;

namespace Mentoring.Core.Jobs;

/// <summary>
/// Asks both sides of every active match whose check-in is due, reminds once those who did not
/// answer and then asks a coordinator to get in touch, and sends the feedback surveys that are
/// due; each in batches, until none is left.
/// </summary>
public sealed class CheckInJob(CheckIns checkIns, Surveys surveys)
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

        while (await checkIns.FollowUpSilenceAsync(cancellationToken) > 0 && !cancellationToken.IsCancellationRequested)
        {
        }

        while (await surveys.RequestDueAsync(cancellationToken) > 0 && !cancellationToken.IsCancellationRequested)
        {
        }
    }
}
