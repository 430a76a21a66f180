using Mentoring.Conversations.Dialogs;
using Mentoring.Core;
using Mentoring.Web.Endpoints;
using Mentoring.Web.Hosting;
using Microsoft.Extensions.Options;

// `dotnet run --project src/Mentoring.Web` serves; `-- migrate` migrates and exits; `-- demo`
// serves with the demo programme loaded.
var command = HostCommand.From(args);
try
{
    var builder = WebApplication.CreateBuilder(command.HostArguments);
    builder.AddApplicationServices(command);
    var app = builder.Build();
    app.MapApplicationEndpoints();
    return await app.RunCommandAsync(command);
}
catch (Exception e) when (e is InvalidSettingException or OptionsValidationException)
{
    // One line an operator can act on; the exception's inner detail is in the message already.
    Console.Error.WriteLine($"Mentoring cannot start. {e.Message}");
    return 2;
}
catch (DialogDefinitionException e)
{
    // Each problem on a line of its own, with its file and line, so they can all be fixed at once.
    Console.Error.WriteLine($"Mentoring cannot start. The dialogs have problems to fix: {e.Message}");
    return 2;
}

/// <summary>Visible to the integration tests' WebApplicationFactory.</summary>
public partial class Program;
