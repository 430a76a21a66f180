using Mentoring.Conversations.Bot;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Mentoring.Conversations.Dialogs;

public static class DialogServiceCollectionExtensions
{
    /// <summary>
    /// Loads and checks the dialogs folder now, so a mistake in it stops the start (with file and
    /// line), and registers the catalog, the runner, and <see cref="DialogBot"/> as the
    /// <see cref="IBot"/> unless one is registered already. Register each action as an
    /// <see cref="IDialogAction"/> (scoped when it uses the turn's services).
    /// </summary>
    /// <exception cref="DialogDefinitionException">The folder has problems.</exception>
    public static IServiceCollection AddDialogs(this IServiceCollection services, string dialogsPath, DialogSchema schema)
    {
        var catalog = DialogCatalog.Load(dialogsPath, schema);
        return services.AddDialogs(_ => catalog);
    }

    /// <summary>
    /// The same, with the catalog loaded when first needed (say, from a path in configuration that
    /// is complete only once the host is built); resolve <see cref="DialogCatalog"/> at start to
    /// have a mistake stop the start.
    /// </summary>
    public static IServiceCollection AddDialogs(this IServiceCollection services, Func<IServiceProvider, DialogCatalog> catalog)
    {
        services.AddSingleton(catalog);
        services.AddSingleton<DialogRunner>();
        services.TryAddSingleton<IBot, DialogBot>();
        return services;
    }
}
