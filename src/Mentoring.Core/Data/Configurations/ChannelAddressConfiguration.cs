using Mentoring.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Mentoring.Core.Data.Configurations;

internal sealed class ChannelAddressConfiguration : IEntityTypeConfiguration<ChannelAddress>
{
    public void Configure(EntityTypeBuilder<ChannelAddress> builder)
    {
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.ChannelId).HasMaxLength(32);
        builder.Property(a => a.Address).HasMaxLength(256);
        builder.Ignore(a => a.IsOptedOut);

        // One phone number (or channel user) is one person: an incoming message finds them here.
        builder.HasIndex(a => new { a.ChannelId, a.Address }).IsUnique();
    }
}
