namespace HardwareToken.Core.Otp
{
    /// <summary>Writes a code as zero-padded decimal digits without allocating.</summary>
    public static class OtpFormat
    {
        /// <summary>Writes <paramref name="digits"/> characters of <paramref name="code"/> at <paramref name="offset"/>.</summary>
        public static void Write(int code, int digits, char[] destination, int offset)
        {
            for (int i = digits - 1; i >= 0; i--)
            {
                destination[offset + i] = (char)('0' + (code % 10));
                code /= 10;
            }
        }

        /// <summary>The code as a string with leading zeros (allocates; for hosts and tests).</summary>
        public static string Format(int code, int digits)
        {
            char[] text = new char[digits];
            Write(code, digits, text, 0);
            return new string(text);
        }
    }
}
