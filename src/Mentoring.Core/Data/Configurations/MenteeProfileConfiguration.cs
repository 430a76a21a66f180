using Mentoring.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Mentoring.Core.Data.Configurations;

internal sealed class MenteeProfileConfiguration : IEntityTypeConfiguration<MenteeProfile>
{
    public void Configure(EntityTypeBuilder<MenteeProfile> builder)
    {
        builder.HasKey(m => m.PersonId);
        builder.Property(m => m.Version).IsConcurrencyToken();
        builder.Property(m => m.SectorWanted).HasMaxLength(64);
        builder.Property(m => m.PreviousProfession).HasMaxLength(200);
        builder.OwnsMany(m => m.Languages, LanguageSkillTable.Configure<MenteeProfile>("MenteeLanguages"));
        builder.Navigation(m => m.Languages).HasField("languages").UsePropertyAccessMode(PropertyAccessMode.Field);

        // The waiting list, longest wait first: what every matching round reads.
        builder.HasIndex(m => new { m.State, m.WaitingSince });
    }
}
