using Mentoring.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Mentoring.Core.Data.Configurations;

internal sealed class CaseConfiguration : IEntityTypeConfiguration<Case>
{
    public void Configure(EntityTypeBuilder<Case> builder)
    {
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.Property(c => c.Summary).HasMaxLength(2000);
        builder.Property(c => c.Assignee).HasMaxLength(256);
        builder.Property(c => c.Resolution).HasMaxLength(2000);
        builder.OwnsMany(c => c.Notes, notes => notes.ToJson());
        builder.HasOne<Match>().WithMany().HasForeignKey(c => c.MatchId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Person>().WithMany().HasForeignKey(c => c.PersonId).OnDelete(DeleteBehavior.Restrict);

        // The console's "cases to resolve", oldest first.
        builder.HasIndex(c => new { c.State, c.OpenedAt });
    }
}
