using Mentoring.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Mentoring.Core.Data.Configurations;

internal sealed class PersonConfiguration : IEntityTypeConfiguration<Person>
{
    public void Configure(EntityTypeBuilder<Person> builder)
    {
        builder.ToTable("People");
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.FirstName).HasMaxLength(100);
        builder.Property(p => p.PreferredLanguage).HasMaxLength(16);
        builder.Property(p => p.TimeZone).HasMaxLength(64);
        builder.Property(p => p.Town).HasMaxLength(100);

        builder.HasMany(p => p.ChannelAddresses).WithOne().HasForeignKey(a => a.PersonId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(p => p.ChannelAddresses).HasField("channelAddresses").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasMany(p => p.Consents).WithOne().HasForeignKey(c => c.PersonId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(p => p.Consents).HasField("consents").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasOne(p => p.MentorProfile).WithOne().HasForeignKey<MentorProfile>(m => m.PersonId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(p => p.MenteeProfile).WithOne().HasForeignKey<MenteeProfile>(m => m.PersonId).OnDelete(DeleteBehavior.Cascade);

        // The retention job finds people inactive past the configured period.
        builder.HasIndex(p => new { p.Status, p.LastActiveAt });
    }
}
