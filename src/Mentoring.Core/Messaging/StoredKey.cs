using System.Security.Cryptography;
using System.Text;

namespace Mentoring.Core.Messaging;

/// <summary>
/// Channel ids for messages and conversations fit the columns that index them; a longer one is
/// stored as its SHA-256, which is as unique and always fits.
/// </summary>
internal static class StoredKey
{
    public static string Fit(string value, int maxLength) =>
        value.Length <= maxLength ? value : "sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(value)));
}
