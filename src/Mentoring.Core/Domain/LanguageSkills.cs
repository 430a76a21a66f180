namespace Mentoring.Core.Domain;

internal static class LanguageSkills
{
    /// <summary>At least one language, each once, each in the programme's list.</summary>
    public static List<LanguageSkill> Validate(IEnumerable<LanguageSkill> languages, CodeLists lists)
    {
        var list = languages.ToList();
        if (list.Count == 0)
        {
            throw new DomainRuleException("At least one language is needed.");
        }

        if (list.Select(l => l.Code).Distinct(StringComparer.Ordinal).Count() != list.Count)
        {
            throw new DomainRuleException("Each language is given once.");
        }

        var unknown = list.FirstOrDefault(l => !lists.IsLanguage(l.Code) || !Enum.IsDefined(l.Level));
        if (unknown is not null)
        {
            throw new DomainRuleException($"'{unknown.Code}' at level {unknown.Level} is not in the programme's language list.");
        }

        return list;
    }
}
