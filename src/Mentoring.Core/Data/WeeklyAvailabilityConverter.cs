using Mentoring.Core.Domain;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Mentoring.Core.Data;

/// <summary>Stored as the 21-bit mask: compact, and overlap can be computed in SQL if ever needed.</summary>
internal sealed class WeeklyAvailabilityConverter()
    : ValueConverter<WeeklyAvailability, int>(a => a.Mask, mask => new WeeklyAvailability(mask));
