using Mentoring.Conversations.BotFramework;
using Mentoring.Conversations.DirectLine;
using Mentoring.Conversations.Twilio;

namespace Mentoring.Web.Endpoints;

public static class ApplicationEndpoints
{
    public static WebApplication MapApplicationEndpoints(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseCors();
        app.MapBotFramework();
        app.MapDirectLine();
        app.MapTwilio();
        app.MapChatPage();
        app.MapPrivacyPage();
        app.MapHealthApi();
        app.MapLandingPage();
        return app;
    }
}
