namespace Mentoring.Web.Tests.Hosting;

/// <summary>A mistake in <c>dialogs/</c> stops the start with the file and line, before anyone is talked to.</summary>
public sealed class DialogsStartupTests : IDisposable
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(60);
    private readonly string folder = Path.Combine(Path.GetTempPath(), $"mentoring-dialogs-{Guid.NewGuid():N}");

    [Fact]
    public async Task Start_StopsNamingTheFileAndLine_WhenAFlowAsksWithATextNoLocaleHas()
    {
        var dialogs = Path.Combine(folder, "dialogs");
        CopyFolder(Path.Combine(AppContext.BaseDirectory, "dialogs"), dialogs);
        var flow = Path.Combine(dialogs, "flows", "mentee-request.yaml");
        var lines = File.ReadAllLines(flow);
        var line = Array.IndexOf(lines, "  - ask-text: mentee.ask-name") + 1;
        Assert.True(line > 0, "the mentee request asks for the name with mentee.ask-name");
        lines[line - 1] = "  - ask-text: mentee.ask-nickname";
        File.WriteAllLines(flow, lines);

        await using var host = HostProcess.Start(new Dictionary<string, string>
        {
            ["Dialogs__Path"] = dialogs,
            ["ConnectionStrings__Mentoring"] = $"Data Source={Path.Combine(folder, "mentoring.db")}",
        });

        Assert.Equal(2, await host.ExitCodeAsync(Limit));
        Assert.StartsWith("Mentoring cannot start.", host.Errors, StringComparison.Ordinal);
        Assert.Contains($"mentee-request.yaml:{line}:", host.Errors, StringComparison.Ordinal);
        Assert.Contains("mentee.ask-nickname", host.Errors, StringComparison.Ordinal);
        Assert.DoesNotContain("Now listening", host.Output, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
