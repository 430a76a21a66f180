namespace Mentoring.Core.Domain;

public enum FeedbackOutcome
{
    NoneYet,
    Job,
    TrainingOrInternship,
    RecognitionStarted,
    BusinessStarted,
}
