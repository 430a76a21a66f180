using Mentoring.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Mentoring.Core.Data.Configurations;

internal sealed class DirectLineConversationConfiguration : IEntityTypeConfiguration<DirectLineConversation>
{
    public void Configure(EntityTypeBuilder<DirectLineConversation> builder)
    {
        builder.Property(c => c.Id).HasMaxLength(64).ValueGeneratedNever();
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.HasIndex(c => c.CreatedAt);
    }
}
