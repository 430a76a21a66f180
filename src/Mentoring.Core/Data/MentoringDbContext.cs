using Mentoring.Core.Domain;
using Microsoft.EntityFrameworkCore;

namespace Mentoring.Core.Data;

/// <summary>
/// The programme's data. One context for every provider; each provider has a small subclass so
/// that its migrations are kept apart (<c>Data/Migrations/{Provider}</c>) while the model is the
/// same. Code outside <c>Data/</c> asks for this base type only.
/// </summary>
public abstract class MentoringDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<Person> People => Set<Person>();

    public DbSet<ChannelAddress> ChannelAddresses => Set<ChannelAddress>();

    public DbSet<Consent> Consents => Set<Consent>();

    public DbSet<MentorProfile> MentorProfiles => Set<MentorProfile>();

    public DbSet<MenteeProfile> MenteeProfiles => Set<MenteeProfile>();

    public DbSet<Match> Matches => Set<Match>();

    public DbSet<CheckIn> CheckIns => Set<CheckIn>();

    public DbSet<Feedback> Feedback => Set<Feedback>();

    public DbSet<Case> Cases => Set<Case>();

    public DbSet<OutboxMessage> Outbox => Set<OutboxMessage>();

    public DbSet<InboundMessage> InboundMessages => Set<InboundMessage>();

    public DbSet<ConversationState> ConversationStates => Set<ConversationState>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<DirectLineConversation> DirectLineConversations => Set<DirectLineConversation>();

    public DbSet<DirectLineActivity> DirectLineActivities => Set<DirectLineActivity>();

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        var detecting = ChangeTracker.AutoDetectChangesEnabled;
        try
        {
            BumpVersions();
            return base.SaveChanges(acceptAllChangesOnSuccess);
        }
        finally
        {
            ChangeTracker.AutoDetectChangesEnabled = detecting;
        }
    }

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        var detecting = ChangeTracker.AutoDetectChangesEnabled;
        try
        {
            BumpVersions();
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }
        finally
        {
            ChangeTracker.AutoDetectChangesEnabled = detecting;
        }
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(MentoringDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Enums are stored by name: a coordinator reading the database, or a report, sees words.
        configurationBuilder.Properties<Gender>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<GenderPreference>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<PersonStatus>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<ConsentPurpose>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<LanguageLevel>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<MentoringGoal>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<VettingState>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<MenteeState>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<MatchState>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<CheckInAnswer>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<FeedbackKind>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<FeedbackOutcome>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<CaseKind>().HaveConversion<string>().HaveMaxLength(24);
        configurationBuilder.Properties<CaseState>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<MessageKind>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<OutboxState>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<WeeklyAvailability>().HaveConversion<WeeklyAvailabilityConverter>();
    }

    /// <summary>
    /// Every update of a versioned row writes version + 1 where the version is still the one read,
    /// so of two writers that read the same row, the second fails with a concurrency exception.
    /// </summary>
    /// <remarks>
    /// Changes are detected once, here, and not again by the save or the interceptors that look at
    /// the entries (each look would compare every tracked entity with its snapshot once more): the
    /// caller turns detection back on after the save, as it was.
    /// </remarks>
    private void BumpVersions()
    {
        ChangeTracker.DetectChanges();
        ChangeTracker.AutoDetectChangesEnabled = false;
        foreach (var entry in ChangeTracker.Entries<IVersioned>())
        {
            if (entry.State == EntityState.Modified)
            {
                var version = entry.Property(e => e.Version);
                version.CurrentValue = version.OriginalValue + 1;
            }
        }
    }
}
