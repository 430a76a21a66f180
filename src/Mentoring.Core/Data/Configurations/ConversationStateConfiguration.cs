using Mentoring.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Mentoring.Core.Data.Configurations;

internal sealed class ConversationStateConfiguration : IEntityTypeConfiguration<ConversationState>
{
    public void Configure(EntityTypeBuilder<ConversationState> builder)
    {
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.Version).IsConcurrencyToken();
        builder.Property(s => s.ChannelId).HasMaxLength(32);
        builder.Property(s => s.ConversationKey).HasMaxLength(256);
        builder.HasIndex(s => new { s.ChannelId, s.ConversationKey }).IsUnique();
        builder.HasIndex(s => s.PersonId);
    }
}
