namespace Mentoring.Conversations.Dialogs.Definitions;

internal enum ConditionOperator
{
    IsSet,
    IsNotSet,
    Equals,
    NotEquals,
    In,
}
