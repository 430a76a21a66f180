using Mentoring.Conversations.Dialogs;

namespace Mentoring.Conversations.Tests.Dialogs;

/// <summary>
/// A sample dialogs folder kept with these tests (<c>Dialogs/Sample</c>: the sample flow the
/// runtime was first built with, in English, German and Arabic), and the schema it needs. The
/// repository's own <c>dialogs/</c> belong to the programme's schema and are tested in Core.
/// </summary>
public static class SampleDialogs
{
    public static readonly DialogSchema Schema = new(
        [
            new("first-name", DialogFieldKind.Text), new("role", DialogFieldKind.Text), new("mentee-count", DialogFieldKind.Number),
            new("availability", DialogFieldKind.Availability), new("languages", DialogFieldKind.List),
            new("confirmed", DialogFieldKind.YesNo), new("menu-choice", DialogFieldKind.Text),
        ],
        ["save-sample"],
        "try-it",
        "en")
    {
        MenuFlow = "menu",
        StuckFlow = "help",
        Languages = ["en", "de", "ar"],
    };

    /// <summary>The folder in the sources, found by walking up from the test binaries to <c>Mentoring.sln</c>.</summary>
    public static string Path { get; } = FindDialogs();

    public static DialogCatalog Catalog { get; } = DialogCatalog.Load(Path, Schema);

    private static string FindDialogs()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(directory.FullName, "Mentoring.sln")))
            {
                return System.IO.Path.Combine(directory.FullName, "tests", "Mentoring.Conversations.Tests", "Dialogs", "Sample");
            }
        }

        throw new DirectoryNotFoundException($"No Mentoring.sln above {AppContext.BaseDirectory}.");
    }
}
