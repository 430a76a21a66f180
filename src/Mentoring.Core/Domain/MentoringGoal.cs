namespace Mentoring.Core.Domain;

public enum MentoringGoal
{
    JobSearch,
    QualificationRecognition,
    StartingBusiness,
    LanguageForWork,
}
