using Mentoring.Core.Domain;

namespace Mentoring.Core.Tests;

/// <summary>The real code lists from <c>dialogs/lists</c>, copied beside the tests.</summary>
public static class TestCodeLists
{
    public static CodeLists Real { get; } = CodeLists.Load(Path.Combine(AppContext.BaseDirectory, "dialogs", "lists"));
}
