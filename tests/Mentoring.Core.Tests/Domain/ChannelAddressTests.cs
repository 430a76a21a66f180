using Mentoring.Core.Domain;

namespace Mentoring.Core.Tests.Domain;

public sealed class ChannelAddressTests
{
    private const string Phone = "+4915112345678";

    [Theory]
    [InlineData(Channels.Sms, "015112345678")]
    [InlineData(Channels.Sms, "+49 151 12345678")]
    [InlineData(Channels.WhatsApp, "whatsapp:+4915112345678")]
    [InlineData(Channels.WhatsApp, "user-42")]
    public void Constructor_Throws_WhenAPhoneChannelGetsNoE164Number(string channel, string address) =>
        Assert.Throws<DomainRuleException>(() => new ChannelAddress(Guid.NewGuid(), channel, address));

    [Theory]
    [InlineData(Channels.Sms)]
    [InlineData(Channels.WhatsApp)]
    public void Constructor_KeepsTheNumber_WhenAPhoneChannelGetsE164(string channel) =>
        Assert.Equal(Phone, new ChannelAddress(Guid.NewGuid(), channel, Phone).Address);

    [Fact]
    public void Constructor_AcceptsAnyId_ForWebChat() =>
        Assert.Equal("dl_8f3a-22", new ChannelAddress(Guid.NewGuid(), Channels.WebChat, "dl_8f3a-22").Address);

    [Theory]
    [InlineData(0, true)]
    [InlineData(23 * 60 + 59, true)]
    [InlineData(24 * 60, false)]
    [InlineData(3 * 24 * 60, false)]
    public void IsWhatsAppWindowOpen_IsTrueForTwentyFourHoursAfterAnInbound(int minutesLater, bool open)
    {
        var address = new ChannelAddress(Guid.NewGuid(), Channels.WhatsApp, Phone);
        address.RecordInbound(Samples.Now, "{}");

        Assert.Equal(open, address.IsWhatsAppWindowOpen(Samples.Now.AddMinutes(minutesLater)));
    }

    [Fact]
    public void IsWhatsAppWindowOpen_IsFalse_BeforeAnyInbound() =>
        Assert.False(new ChannelAddress(Guid.NewGuid(), Channels.WhatsApp, Phone).IsWhatsAppWindowOpen(Samples.Now));

    [Fact]
    public void IsWhatsAppWindowOpen_IsFalse_ForSms()
    {
        var address = new ChannelAddress(Guid.NewGuid(), Channels.Sms, Phone);
        address.RecordInbound(Samples.Now, null);

        Assert.False(address.IsWhatsAppWindowOpen(Samples.Now.AddMinutes(1)));
    }

    [Fact]
    public void RecordInbound_KeepsTheLastConversationReference_WhenNoneIsGiven()
    {
        var address = new ChannelAddress(Guid.NewGuid(), Channels.WebChat, "user-1");
        address.RecordInbound(Samples.Now, "{\"conversation\":{\"id\":\"c1\"}}");

        address.RecordInbound(Samples.Now.AddHours(1), null);

        Assert.Equal("{\"conversation\":{\"id\":\"c1\"}}", address.ConversationReference);
        Assert.Equal(Samples.Now.AddHours(1), address.LastInboundAt);
    }

    [Theory]
    [InlineData(30, 0)]
    [InlineData(59, 0)]
    [InlineData(60, 60)]
    [InlineData(600, 600)]
    public void RecordInbound_KeepsTheTimeToTheMinute_SoAQuickAnswerWritesNothing(int secondsLater, int keptSeconds)
    {
        var address = new ChannelAddress(Guid.NewGuid(), Channels.WhatsApp, Phone);
        address.RecordInbound(Samples.Now, null);

        address.RecordInbound(Samples.Now.AddSeconds(secondsLater), null);

        Assert.Equal(Samples.Now.AddSeconds(keptSeconds), address.LastInboundAt);
    }

    [Fact]
    public void RecordInbound_TakesAnEarlierTimeOrANewReference_AtOnce()
    {
        var address = new ChannelAddress(Guid.NewGuid(), Channels.WebChat, "user-1");
        address.RecordInbound(Samples.Now, null);

        address.RecordInbound(Samples.Now.AddSeconds(-5), null);
        Assert.Equal(Samples.Now.AddSeconds(-5), address.LastInboundAt);

        address.RecordInbound(Samples.Now.AddSeconds(5), "{\"conversation\":{\"id\":\"c2\"}}");
        Assert.Equal((Samples.Now.AddSeconds(5), "{\"conversation\":{\"id\":\"c2\"}}"), (address.LastInboundAt, address.ConversationReference));
    }

    [Fact]
    public void OptOut_KeepsTheFirstTime_AndOptInClearsIt()
    {
        var address = new ChannelAddress(Guid.NewGuid(), Channels.Sms, Phone);

        address.OptOut(Samples.Now);
        address.OptOut(Samples.Now.AddDays(1));

        Assert.True(address.IsOptedOut);
        Assert.Equal(Samples.Now, address.OptedOutAt);

        address.OptIn();

        Assert.False(address.IsOptedOut);
    }
}
