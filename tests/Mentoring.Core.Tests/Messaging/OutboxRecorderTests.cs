using Mentoring.Core.Messaging;

namespace Mentoring.Core.Tests.Messaging;

public sealed class OutboxRecorderTests
{
    [Theory]
    [InlineData(1, 30)]
    [InlineData(2, 60)]
    [InlineData(3, 120)]
    [InlineData(4, 240)]
    [InlineData(5, 480)]
    [InlineData(6, 960)]
    [InlineData(7, 1920)]
    [InlineData(8, 3600)]
    [InlineData(40, 3600)]
    [InlineData(int.MaxValue, 3600)]
    public void Backoff_DoublesFromThirtySeconds_UpToAnHour(int attempt, int seconds) =>
        Assert.Equal(TimeSpan.FromSeconds(seconds), OutboxRecorder.Backoff(attempt));
}
