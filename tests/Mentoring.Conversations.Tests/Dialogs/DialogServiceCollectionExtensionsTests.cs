using Mentoring.Conversations.Bot;
using Mentoring.Conversations.Dialogs;
using Microsoft.Extensions.DependencyInjection;

namespace Mentoring.Conversations.Tests.Dialogs;

public sealed class DialogServiceCollectionExtensionsTests
{
    [Fact]
    public void AddDialogs_RegistersTheDialogBot_WhenNoBotIsRegistered()
    {
        using var provider = new ServiceCollection().AddDialogs(SampleDialogs.Path, SampleDialogs.Schema).BuildServiceProvider();

        Assert.IsType<DialogBot>(provider.GetRequiredService<IBot>());
        Assert.NotNull(provider.GetRequiredService<DialogRunner>());
    }

    [Fact]
    public void AddDialogs_FailsAtRegistration_WhenTheFolderHasProblems()
    {
        using var folder = DialogFolder.Minimal().Append("locales/en.yaml", "t.extra: more\n");

        Assert.Throws<DialogDefinitionException>(() => new ServiceCollection().AddDialogs(folder.Root, DialogFolder.Schema()));
    }
}
