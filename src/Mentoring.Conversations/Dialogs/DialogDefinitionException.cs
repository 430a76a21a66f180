namespace Mentoring.Conversations.Dialogs;

/// <summary>
/// The <c>dialogs/</c> folder has problems, so the runtime refuses to start. Every problem found is
/// listed (file, line, what is wrong), so whoever edits the flows can fix them in one go.
/// </summary>
public sealed class DialogDefinitionException(IReadOnlyList<DialogDefinitionError> errors) : Exception(Describe(errors))
{
    public IReadOnlyList<DialogDefinitionError> Errors { get; } = errors;

    private static string Describe(IReadOnlyList<DialogDefinitionError> errors) => errors.Count == 1
        ? errors[0].ToString()
        : $"The dialogs have {errors.Count} problems:{Environment.NewLine}{string.Join(Environment.NewLine, errors)}";
}
