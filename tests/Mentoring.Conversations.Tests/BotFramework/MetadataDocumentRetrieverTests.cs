using Mentoring.Conversations.BotFramework;
using Microsoft.Extensions.DependencyInjection;

namespace Mentoring.Conversations.Tests.BotFramework;

public sealed class MetadataDocumentRetrieverTests
{
    [Theory]
    [InlineData("http://127.0.0.1:5000/.well-known/openidconfiguration")]
    [InlineData("http://127.8.9.10/keys")]
    [InlineData("http://[::1]:8080/keys")]
    [InlineData("http://localhost:5000/keys")]
    public void IsLoopback_IsTrue_WhenHostIsALoopbackAddress(string address)
    {
        Assert.True(MetadataDocumentRetriever.IsLoopback(address));
    }

    [Theory]
    [InlineData("https://login.botframework.com/v1/.well-known/openidconfiguration")]
    [InlineData("http://localhost.example.com/keys")]
    [InlineData("http://10.0.0.1/keys")]
    [InlineData("file:///etc/keys")]
    [InlineData("not a url")]
    public void IsLoopback_IsFalse_WhenHostIsNotALoopbackAddress(string address)
    {
        Assert.False(MetadataDocumentRetriever.IsLoopback(address));
    }

    [Fact]
    public async Task GetDocumentAsync_RefusesWithoutConnecting_WhenPlainHttpLeavesTheMachine()
    {
        using var services = new ServiceCollection().AddHttpClient().BuildServiceProvider();
        var retriever = new MetadataDocumentRetriever(services.GetRequiredService<IHttpClientFactory>());

        var error = await Assert.ThrowsAsync<ArgumentException>(() => retriever.GetDocumentAsync("http://login.botframework.com/keys", TestContext.Current.CancellationToken));

        Assert.Contains("IDX20108", error.Message, StringComparison.Ordinal);
    }
}
