using System.Security.Cryptography;
using HardwareToken.Core.Text;

namespace HardwareToken.EndToEnd.Tests.Support;

/// <summary>Secrets for the tests.</summary>
internal static class Keys
{
    /// <summary>The emulator's --demo account: RFC 6238's ASCII key 12345678901234567890.</summary>
    public const string DemoBase32 = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

    /// <summary>A fresh random 40-byte secret in unpadded base32 (64 characters), as the AWS console shows one.</summary>
    public static string RandomAwsBase32()
    {
        byte[] key = RandomNumberGenerator.GetBytes(40);
        return Base32.Encode(key, 0, key.Length, false);
    }
}
