namespace Mentoring.Conversations.Dialogs.Definitions;

/// <summary>
/// Where a key is used and as what, so it can be checked in every language. <see cref="File"/> is
/// null for the runtime's own texts; <see cref="Parameters"/> are placeholders filled besides fields.
/// </summary>
internal sealed record TextUse(string Key, string? File, int Line, TextUseKind Kind, IReadOnlyList<string> Parameters);
