using Mentoring.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Mentoring.Core.Data.Configurations;

internal sealed class FeedbackConfiguration : IEntityTypeConfiguration<Feedback>
{
    public void Configure(EntityTypeBuilder<Feedback> builder)
    {
        builder.ToTable("Feedback");
        builder.Property(f => f.Id).ValueGeneratedNever();
        builder.Property(f => f.Comment).HasMaxLength(Feedback.MaxCommentLength);
        builder.HasOne<Match>().WithMany().HasForeignKey(f => f.MatchId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Person>().WithMany().HasForeignKey(f => f.PersonId).OnDelete(DeleteBehavior.Restrict);

        // One answer per survey per person: a survey job run twice cannot record two.
        builder.HasIndex(f => new { f.MatchId, f.PersonId, f.Kind }).IsUnique();
    }
}
