using System;

namespace HardwareToken.Core.Tests.Support
{
    /// <summary>Hex and ASCII helpers for test vectors (nanoFramework has no Convert.FromHexString).</summary>
    public static class Hex
    {
        public static byte[] Decode(string hex)
        {
            string clean = WithoutSpaces(hex);
            if (clean.Length % 2 != 0)
            {
                throw new ArgumentException("odd hex length");
            }

            byte[] result = new byte[clean.Length / 2];
            for (int i = 0; i < result.Length; i++)
            {
                result[i] = (byte)((Nibble(clean[2 * i]) << 4) | Nibble(clean[(2 * i) + 1]));
            }

            return result;
        }

        public static string Encode(byte[] data, int offset, int count)
        {
            const string digits = "0123456789abcdef";
            char[] text = new char[count * 2];
            for (int i = 0; i < count; i++)
            {
                text[2 * i] = digits[data[offset + i] >> 4];
                text[(2 * i) + 1] = digits[data[offset + i] & 0xF];
            }

            return new string(text);
        }

        public static byte[] Ascii(string text)
        {
            byte[] result = new byte[text.Length];
            for (int i = 0; i < text.Length; i++)
            {
                result[i] = (byte)text[i];
            }

            return result;
        }

        public static byte[] Repeat(byte value, int count)
        {
            byte[] result = new byte[count];
            for (int i = 0; i < count; i++)
            {
                result[i] = value;
            }

            return result;
        }

        /// <summary>nanoFramework's String has no Replace.</summary>
        private static string WithoutSpaces(string text)
        {
            char[] kept = new char[text.Length];
            int n = 0;
            for (int i = 0; i < text.Length; i++)
            {
                if (text[i] != ' ')
                {
                    kept[n++] = text[i];
                }
            }

            return new string(kept, 0, n);
        }

        private static int Nibble(char c)
        {
            if (c >= '0' && c <= '9')
            {
                return c - '0';
            }

            if (c >= 'a' && c <= 'f')
            {
                return c - 'a' + 10;
            }

            if (c >= 'A' && c <= 'F')
            {
                return c - 'A' + 10;
            }

            throw new ArgumentException("not a hex digit");
        }
    }
}
