namespace Mentoring.Conversations.Dialogs.Recognition;

internal enum AvailabilityWordKind
{
    Days,
    Parts,
    Through,
}
