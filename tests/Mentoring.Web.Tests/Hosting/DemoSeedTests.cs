using Mentoring.Core.Data;
using Mentoring.Core.Programme;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Mentoring.Web.Tests.Hosting;

public sealed class DemoSeedTests
{
    [Fact]
    public async Task DemoSeedSetting_LoadsTheDemoProgramme_BeforeTheFirstRequest()
    {
        await using var factory = new MentoringWebFactory().With("Demo:Seed", "true");
        using var client = factory.CreateClient();

        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MentoringDbContext>();
        Assert.Equal(DemoProgramme.MentorCount, await db.MentorProfiles.CountAsync());
        Assert.Equal(DemoProgramme.MenteeCount, await db.MenteeProfiles.CountAsync());
    }

    [Fact]
    public async Task WithoutDemo_TheProgrammeStartsEmpty()
    {
        await using var factory = new MentoringWebFactory();
        using var client = factory.CreateClient();

        await using var scope = factory.Services.CreateAsyncScope();
        Assert.False(await scope.ServiceProvider.GetRequiredService<MentoringDbContext>().People.AnyAsync());
    }
}
