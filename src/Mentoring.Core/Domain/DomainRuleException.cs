namespace Mentoring.Core.Domain;

/// <summary>
/// A rule of the programme was about to be broken. Callers that take input from a person check
/// first and answer in the person's language; reaching this exception means a caller forgot to.
/// </summary>
public class DomainRuleException(string message) : InvalidOperationException(message);
