using YamlDotNet.RepresentationModel;

namespace Mentoring.Conversations.Dialogs.Definitions;

/// <summary>The problems found while loading, named by the file's path inside the dialogs folder.</summary>
internal sealed class DefinitionErrors
{
    private readonly List<DialogDefinitionError> errors = [];

    public void Add(string file, int line, string problem) => errors.Add(new DialogDefinitionError(file, line, problem));

    public void Add(string file, YamlNode node, string problem) => Add(file, node.Line(), problem);

    public void ThrowIfAny()
    {
        if (errors.Count > 0)
        {
            throw new DialogDefinitionException([.. errors.OrderBy(e => e.File, StringComparer.Ordinal).ThenBy(e => e.Line)]);
        }
    }
}
