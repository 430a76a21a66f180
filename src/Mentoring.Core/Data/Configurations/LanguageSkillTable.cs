using Mentoring.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Mentoring.Core.Data.Configurations;

/// <summary>
/// Languages get a table of their own (not JSON) because matching blocks candidates by language:
/// "waiting mentees who speak Tigrinya" must be an index seek.
/// </summary>
internal static class LanguageSkillTable
{
    public static Action<OwnedNavigationBuilder<TOwner, LanguageSkill>> Configure<TOwner>(string table)
        where TOwner : class => language =>
    {
        language.ToTable(table);
        language.WithOwner().HasForeignKey("PersonId");
        language.Property<int>("Id");
        language.HasKey("Id");
        language.Property(l => l.Code).HasMaxLength(16);
        language.HasIndex(l => l.Code);
    };
}
