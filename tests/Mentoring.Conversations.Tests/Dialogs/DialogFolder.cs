using Mentoring.Conversations.Dialogs;

namespace Mentoring.Conversations.Tests.Dialogs;

/// <summary>A dialogs folder in a temp directory, written file by file, deleted on dispose.</summary>
public sealed class DialogFolder : IDisposable
{
    public DialogFolder()
    {
        Directory.CreateDirectory(Path.Combine(Root, "flows"));
        Directory.CreateDirectory(Path.Combine(Root, "locales"));
    }

    public string Root { get; } = Path.Combine(Path.GetTempPath(), "dialogs-" + Guid.NewGuid().ToString("N"));

    /// <summary>A folder that loads: <see cref="TestTexts"/> in English and German, one flow saying hello.</summary>
    public static DialogFolder Minimal()
    {
        var folder = new DialogFolder();
        folder.Write("locales/en.yaml", TestTexts.Runtime("en") + "t.hello: hello\n");
        folder.Write("locales/de.yaml", TestTexts.Runtime("de") + "t.hello: hallo\n");
        folder.Write("flows/start.yaml", "flow: start\nsteps:\n  - say: t.hello\n");
        return folder;
    }

    public static DialogSchema Schema(params DialogField[] fields) => new(fields, ["remember"], "start", "en");

    public DialogFolder Write(string file, string yaml)
    {
        File.WriteAllText(Path.Combine(Root, file), yaml);
        return this;
    }

    /// <summary>Adds lines to a file.</summary>
    public DialogFolder Append(string file, string yaml)
    {
        File.AppendAllText(Path.Combine(Root, file), yaml);
        return this;
    }

    /// <summary>The line (from 1) of the first line of the file containing <paramref name="text"/>.</summary>
    public int LineOf(string file, string text) =>
        File.ReadAllLines(Path.Combine(Root, file)).Select((line, index) => (line, index)).First(l => l.line.Contains(text, StringComparison.Ordinal)).index + 1;

    public DialogCatalog Load(DialogSchema? schema = null) => DialogCatalog.Load(Root, schema ?? Schema());

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
