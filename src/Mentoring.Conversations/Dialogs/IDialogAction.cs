namespace Mentoring.Conversations.Dialogs;

/// <summary>
/// Something the host does when a flow reaches <c>action: name</c>: save a profile, look a person
/// up, open a case. Resolved from the turn's services, so what it writes commits with the turn. It
/// may set fields that later steps test in <c>when:</c>.
/// </summary>
public interface IDialogAction
{
    /// <summary>The name flows use; the schema must list it.</summary>
    string Name { get; }

    Task RunAsync(DialogActionContext context, CancellationToken cancellationToken);
}
