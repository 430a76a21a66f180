using Mentoring.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Mentoring.Core.Data.Configurations;

internal sealed class MentorProfileConfiguration : IEntityTypeConfiguration<MentorProfile>
{
    public void Configure(EntityTypeBuilder<MentorProfile> builder)
    {
        builder.HasKey(m => m.PersonId);
        builder.Property(m => m.Version).IsConcurrencyToken();
        builder.PrimitiveCollection(m => m.Sectors);
        builder.PrimitiveCollection(m => m.GoalsOffered).ElementType(goal => goal.HasConversion<string>().HasMaxLength(32));
        builder.Property(m => m.Motivation).HasMaxLength(1000);
        builder.Property(m => m.VettedBy).HasMaxLength(256);
        builder.Ignore(m => m.CanReceiveProposals);
        builder.OwnsMany(m => m.Languages, LanguageSkillTable.Configure<MentorProfile>("MentorLanguages"));
        builder.Navigation(m => m.Languages).HasField("languages").UsePropertyAccessMode(PropertyAccessMode.Field);

        // A matching round reads approved mentors only.
        builder.HasIndex(m => m.Vetting);
    }
}
