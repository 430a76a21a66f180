using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace Mentoring.Conversations.Tests.DirectLine;

public sealed partial class DirectLineEndpointsTests
{
    /// <summary>
    /// A slow upload can outlive the token it started with. With <c>Expect: 100-continue</c> the
    /// body leaves only once the service starts reading it, after it checked the token, so the test
    /// can let the token expire exactly in between.
    /// </summary>
    [Fact]
    public async Task PostActivity_TakesTheActivity_WhenTheTokenExpiresDuringTheUpload()
    {
        var (conversationId, token) = await OpenAsync();
        using var http = new HttpClient(new SocketsHttpHandler { Expect100ContinueTimeout = TimeSpan.FromMinutes(1) }) { BaseAddress = Client.Http.BaseAddress };
        using var request = DirectLineClient.Request(HttpMethod.Post, DirectLineClient.ActivitiesPath(conversationId), token);
        request.Headers.ExpectContinue = true;
        request.Content = new UploadOnContinue("""{"type":"message","text":"slow"}""", () => host.Time.Advance(host.Tokens.Lifetime));
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");

        using var response = await http.SendAsync(request, Cancellation);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, host.Bot.Turns);
    }

    /// <summary>A JSON body that runs <paramref name="uploading"/> when the client starts to send it.</summary>
    private sealed class UploadOnContinue(string json, Action uploading) : HttpContent
    {
        private readonly byte[] bytes = Encoding.UTF8.GetBytes(json);

        protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
        {
            uploading();
            await stream.WriteAsync(bytes);
        }

        protected override bool TryComputeLength(out long length)
        {
            length = bytes.Length;
            return true;
        }
    }
}
