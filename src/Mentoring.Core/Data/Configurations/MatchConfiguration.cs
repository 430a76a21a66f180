using Mentoring.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Mentoring.Core.Data.Configurations;

internal sealed class MatchConfiguration : IEntityTypeConfiguration<Match>
{
    public void Configure(EntityTypeBuilder<Match> builder)
    {
        builder.Property(m => m.Id).ValueGeneratedNever();
        builder.Property(m => m.Version).IsConcurrencyToken();
        builder.Property(m => m.CloseReason).HasMaxLength(500);
        builder.Ignore(m => m.IsOpen);
        builder.Ignore(m => m.ExcludesPair);
        builder.OwnsMany(m => m.Reasons, reasons =>
        {
            reasons.ToJson();
            reasons.Property(r => r.Code).HasMaxLength(64);
        });

        builder.HasOne<Person>().WithMany().HasForeignKey(m => m.MentorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Person>().WithMany().HasForeignKey(m => m.MenteeId).OnDelete(DeleteBehavior.Restrict);

        // Capacity and exclusions per person; check-ins due; proposals to expire.
        builder.HasIndex(m => new { m.MentorId, m.State });
        builder.HasIndex(m => new { m.MenteeId, m.State });
        builder.HasIndex(m => new { m.State, m.NextCheckInAt });
        builder.HasIndex(m => new { m.State, m.ExpiresAt });
    }
}
