using Mentoring.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Mentoring.Core.Data.Configurations;

internal sealed class InboundMessageConfiguration : IEntityTypeConfiguration<InboundMessage>
{
    public void Configure(EntityTypeBuilder<InboundMessage> builder)
    {
        builder.Property(m => m.ChannelId).HasMaxLength(32);
        builder.Property(m => m.MessageId).HasMaxLength(128);

        // The de-duplication guarantee lives here: a retried message cannot be inserted twice.
        builder.HasIndex(m => new { m.ChannelId, m.MessageId }).IsUnique();
        builder.HasIndex(m => m.ReceivedAt);
    }
}
