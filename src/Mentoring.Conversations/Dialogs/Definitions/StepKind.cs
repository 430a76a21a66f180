namespace Mentoring.Conversations.Dialogs.Definitions;

internal enum StepKind
{
    Say,
    AskText,
    AskChoice,
    AskMany,
    AskConfirm,
    AskNumber,
    AskAvailability,
    Action,
    Flow,
}
