using Mentoring.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Mentoring.Core.Data.Configurations;

internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> builder)
    {
        builder.ToTable("Outbox");
        builder.Property(o => o.Id).ValueGeneratedNever();
        builder.Property(o => o.Version).IsConcurrencyToken();
        builder.Property(o => o.ChannelId).HasMaxLength(32);
        builder.Property(o => o.Address).HasMaxLength(256);
        builder.Property(o => o.LeaseOwner).HasMaxLength(128);
        builder.Property(o => o.ProviderMessageId).HasMaxLength(128);
        builder.Property(o => o.DeliveryStatus).HasMaxLength(32);
        builder.Property(o => o.LastError).HasMaxLength(1000);

        // The dispatcher's sweep: pending rows by next attempt. Status callbacks find rows by the
        // provider's id; "delete my data" finds a person's rows.
        builder.HasIndex(o => new { o.State, o.NextAttemptAt });
        builder.HasIndex(o => o.ProviderMessageId);
        builder.HasIndex(o => o.PersonId);
    }
}
