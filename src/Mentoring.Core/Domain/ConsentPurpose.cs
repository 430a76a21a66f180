namespace Mentoring.Core.Domain;

/// <summary>Consent is asked per purpose, each at the moment it becomes relevant.</summary>
public enum ConsentPurpose
{
    /// <summary>Keeping a profile in order to be matched: needed to take part at all.</summary>
    Matching,

    /// <summary>Sharing contact details with the matched person, asked at the introduction.</summary>
    ShareContact,

    /// <summary>Anonymous use in programme reports: optional.</summary>
    Reports,
}
