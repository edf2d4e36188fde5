using System;
using System.Security.Cryptography;
using HardwareToken.Core.Otp;
using HardwareToken.Core.Text;

namespace HardwareToken.Cli.Tests.Fakes;

/// <summary>Test secrets and the codes they give.</summary>
internal static class TestKeys
{
    /// <summary>A fresh random 40-byte key, the size of an AWS secret.</summary>
    public static byte[] RandomAwsKey() => RandomNumberGenerator.GetBytes(40);

    /// <summary>Unpadded base32, as the AWS console shows it.</summary>
    public static string Base32(byte[] key) => Core.Text.Base32.Encode(key, 0, key.Length, false);

    /// <summary>The TOTP code of <paramref name="key"/> at <paramref name="unixSeconds"/>.</summary>
    public static string Code(byte[] key, long unixSeconds, int digits = 6, int period = 30)
    {
        var generator = new OtpGenerator();
        generator.SetKey(key, 0, key.Length, digits, period, 0);
        return OtpFormat.Format(generator.TotpCode(unixSeconds), digits);
    }
}
