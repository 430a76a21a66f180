using Hangfire;
using Hangfire.InMemory;
using Hangfire.Storage;
using Mentoring.Core.Jobs;
using Microsoft.Extensions.DependencyInjection;

namespace Mentoring.Web.Tests.Hosting;

public sealed class JobsTests
{
    [Fact]
    public async Task Start_SchedulesTheRecurringJobs_InThisHostsOwnStorage()
    {
        await using var factory = new MentoringWebFactory().With("Matching:Schedule", "*/5 * * * *");
        using var client = factory.CreateClient();

        var storage = factory.Services.GetRequiredService<JobStorage>();
        using var connection = storage.GetConnection();
        var jobs = connection.GetRecurringJobs().ToDictionary(j => j.Id, j => j.Cron);

        Assert.IsType<InMemoryStorage>(storage);
        Assert.Equal("*/5 * * * *", jobs[MatchingRoundJob.Id]);
        Assert.Equal(ProposalExpiryJob.Schedule, jobs[ProposalExpiryJob.Id]);
    }

    [Fact]
    public async Task TwoHostsInOneProcess_KeepTheirOwnJobStorage()
    {
        await using var first = new MentoringWebFactory();
        await using var second = new MentoringWebFactory();
        using var a = first.CreateClient();
        using var b = second.CreateClient();

        Assert.NotSame(first.Services.GetRequiredService<JobStorage>(), second.Services.GetRequiredService<JobStorage>());
        Assert.NotSame(first.Services.GetRequiredService<JobActivator>(), second.Services.GetRequiredService<JobActivator>());
    }
}
