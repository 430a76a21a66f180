using Mentoring.Conversations.Dialogs;

namespace Mentoring.Conversations.Tests.Dialogs;

/// <summary>The repository's own <c>dialogs/</c> folder and the schema its sample flows need.</summary>
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

    /// <summary>The folder beside <c>Mentoring.sln</c>, found by walking up from the test binaries.</summary>
    public static string Path { get; } = FindDialogs();

    public static DialogCatalog Catalog { get; } = DialogCatalog.Load(Path, Schema);

    private static string FindDialogs()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(directory.FullName, "Mentoring.sln")))
            {
                return System.IO.Path.Combine(directory.FullName, "dialogs");
            }
        }

        throw new DirectoryNotFoundException($"No Mentoring.sln above {AppContext.BaseDirectory}.");
    }
}
