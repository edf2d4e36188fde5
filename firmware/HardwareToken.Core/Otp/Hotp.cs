using System;

namespace HardwareToken.Core.Otp
{
    /// <summary>HOTP dynamic truncation (RFC 4226 §5.3) and its digit limits.</summary>
    public static class Hotp
    {
        /// <summary>RFC 4226 §5.3 requires at least 6 digits.</summary>
        public const int MinDigits = 6;

        /// <summary>The 31-bit truncated value has at most 10 digits; 8 is the most any service uses.</summary>
        public const int MaxDigits = 8;

        private static readonly int[] PowersOfTen = { 1, 10, 100, 1000, 10000, 100000, 1000000, 10000000, 100000000 };

        /// <summary>Dynamic truncation of a 20-byte HMAC-SHA1 value to a <paramref name="digits"/>-digit code.</summary>
        public static int Truncate(byte[] hmac, int offset, int digits)
        {
            CheckDigits(digits);
            int o = hmac[offset + 19] & 0x0F;
            int binary = ((hmac[offset + o] & 0x7F) << 24)
                | (hmac[offset + o + 1] << 16)
                | (hmac[offset + o + 2] << 8)
                | hmac[offset + o + 3];
            return binary % PowersOfTen[digits];
        }

        /// <summary>Throws unless 6 &lt;= digits &lt;= 8.</summary>
        public static void CheckDigits(int digits)
        {
            if (digits < MinDigits || digits > MaxDigits)
            {
                throw new ArgumentOutOfRangeException("digits", "a code has 6 to 8 digits");
            }
        }
    }
}
