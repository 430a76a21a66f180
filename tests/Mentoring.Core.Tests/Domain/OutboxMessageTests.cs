using Mentoring.Core.Domain;

namespace Mentoring.Core.Tests.Domain;

public sealed class OutboxMessageTests
{
    private static readonly DateTimeOffset Created = Samples.Now;
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(2);

    [Fact]
    public void TryClaim_TakesTheLease_WhenDue()
    {
        var message = NewMessage();

        Assert.True(message.TryClaim("host-a", Created, Lease));

        Assert.Equal("host-a", message.LeaseOwner);
        Assert.Equal(Created + Lease, message.LeaseUntil);
    }

    [Fact]
    public void TryClaim_ReturnsFalse_WhenNotYetDue()
    {
        var message = NewMessage();
        message.RecordFailedAttempt("timeout", Created.AddMinutes(10));

        Assert.False(message.TryClaim("host-a", Created.AddMinutes(9), Lease));
        Assert.Null(message.LeaseOwner);
    }

    [Fact]
    public void TryClaim_ReturnsFalse_WhileAnotherSenderHoldsTheLease()
    {
        var message = NewMessage();
        message.TryClaim("host-a", Created, Lease);

        Assert.False(message.TryClaim("host-b", Created + Lease - TimeSpan.FromSeconds(1), Lease));
        Assert.Equal("host-a", message.LeaseOwner);
    }

    [Fact]
    public void TryClaim_TakesOver_WhenTheLeaseHasRunOut()
    {
        var message = NewMessage();
        message.TryClaim("host-a", Created, Lease);

        Assert.True(message.TryClaim("host-b", Created + Lease, Lease));
        Assert.Equal("host-b", message.LeaseOwner);
    }

    [Fact]
    public void MarkSent_CountsTheAttemptAndReleasesTheLease()
    {
        var message = NewMessage();
        message.TryClaim("host-a", Created, Lease);

        message.MarkSent("SM123", Created.AddSeconds(5));

        Assert.Equal(OutboxState.Sent, message.State);
        Assert.Equal(1, message.Attempts);
        Assert.Equal("SM123", message.ProviderMessageId);
        Assert.Equal(Created.AddSeconds(5), message.SentAt);
        Assert.Null(message.LeaseOwner);
        Assert.Null(message.LeaseUntil);
        Assert.False(message.TryClaim("host-b", Created.AddHours(1), Lease));
    }

    [Fact]
    public void RecordFailedAttempt_RetriesAtTheGivenTime()
    {
        var message = NewMessage();
        message.TryClaim("host-a", Created, Lease);
        var retryAt = Created.AddMinutes(5);

        message.RecordFailedAttempt("503 from provider", retryAt);

        Assert.Equal((OutboxState.Pending, 1, retryAt), (message.State, message.Attempts, message.NextAttemptAt));
        Assert.Equal("503 from provider", message.LastError);
        Assert.Null(message.LeaseOwner);
        Assert.True(message.TryClaim("host-b", retryAt, Lease));
    }

    [Fact]
    public void MarkFailed_StopsEveryFurtherAttempt()
    {
        var message = NewMessage();
        message.TryClaim("host-a", Created, Lease);

        message.MarkFailed("21211 invalid number");

        Assert.Equal(OutboxState.Failed, message.State);
        Assert.Equal("21211 invalid number", message.LastError);
        Assert.Equal(1, message.Attempts);
        Assert.False(message.TryClaim("host-a", Created.AddDays(1), Lease));
        Assert.Throws<DomainRuleException>(() => message.MarkSent("SM1", Created.AddDays(1)));
    }

    [Fact]
    public void HoldAndRelease_PauseTheMessageUntilReleased()
    {
        var message = NewMessage();

        message.Hold("whatsapp window closed");

        Assert.Equal(OutboxState.Held, message.State);
        Assert.False(message.TryClaim("host-a", Created.AddHours(1), Lease));

        message.Release(Created.AddHours(2));

        Assert.Equal(OutboxState.Pending, message.State);
        Assert.Equal(Created.AddHours(2), message.NextAttemptAt);
        Assert.True(message.TryClaim("host-a", Created.AddHours(2), Lease));
    }

    [Fact]
    public void Release_Throws_WhenTheMessageIsNotHeld() =>
        Assert.Throws<DomainRuleException>(() => NewMessage().Release(Created));

    private static OutboxMessage NewMessage() =>
        new(Guid.NewGuid(), Guid.NewGuid(), Channels.WhatsApp, "+4915112345678", MessageKind.Proposal, "{\"text\":\"Hallo\"}", Created);
}
