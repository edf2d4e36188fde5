namespace HardwareToken.Core.Text
{
    /// <summary>
    /// RFC 4648 §6 base32, the format of TOTP secrets. Decoding is lenient with what people paste (lower case,
    /// spaces, tabs, line breaks and hyphens between groups, padding present or absent) and strict with
    /// everything else: each refusal names the position and the reason (<see cref="Base32Error"/>).
    /// </summary>
    public static class Base32
    {
        private const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

        /// <summary>The most bytes a text of this many characters can decode to.</summary>
        public static int MaxDecodedLength(int textLength)
        {
            return textLength * 5 / 8;
        }

        /// <summary>
        /// Decodes <paramref name="text"/> into <paramref name="output"/>. On failure nothing useful is left in
        /// <paramref name="output"/> (it is wiped) and <paramref name="error"/> says why.
        /// </summary>
        public static bool TryDecode(string text, byte[] output, out int length, out Base32Error error)
        {
            length = 0;
            error = new Base32Error(Base32ErrorKind.None, -1, '\0', 0);
            if (text == null)
            {
                error = new Base32Error(Base32ErrorKind.Empty, -1, '\0', 0);
                return false;
            }

            if (!Validate(text, out error))
            {
                return false;
            }

            int buffer = 0;
            int bits = 0;
            int lastData = -1;
            int written = 0;
            for (int i = 0; i < text.Length; i++)
            {
                int v = ValueOf(text[i]);
                if (v < 0)
                {
                    continue;
                }

                lastData = i;
                buffer = (buffer << 5) | v;
                bits += 5;
                if (bits >= 8)
                {
                    bits -= 8;
                    if (written >= output.Length)
                    {
                        System.Array.Clear(output, 0, output.Length);
                        error = new Base32Error(Base32ErrorKind.TooLong, -1, '\0', output.Length);
                        return false;
                    }

                    output[written++] = (byte)(buffer >> bits);
                    buffer &= (1 << bits) - 1;
                }
            }

            if (buffer != 0)
            {
                System.Array.Clear(output, 0, output.Length);
                error = new Base32Error(Base32ErrorKind.NonZeroTrailingBits, lastData, text[lastData], 0);
                return false;
            }

            length = written;
            return true;
        }

        /// <summary>Encodes bytes as upper-case base32, with or without '=' padding.</summary>
        public static string Encode(byte[] data, int offset, int count, bool pad)
        {
            int chars = ((count * 8) + 4) / 5;
            int total = pad ? ((chars + 7) / 8) * 8 : chars;
            char[] text = new char[total];
            int buffer = 0;
            int bits = 0;
            int n = 0;
            for (int i = 0; i < count; i++)
            {
                buffer = (buffer << 8) | data[offset + i];
                bits += 8;
                while (bits >= 5)
                {
                    bits -= 5;
                    text[n++] = Alphabet[(buffer >> bits) & 31];
                }

                buffer &= (1 << bits) - 1;
            }

            if (bits > 0)
            {
                text[n++] = Alphabet[(buffer << (5 - bits)) & 31];
            }

            while (n < total)
            {
                text[n++] = '=';
            }

            return new string(text);
        }

        private static bool Validate(string text, out Base32Error error)
        {
            error = new Base32Error(Base32ErrorKind.None, -1, '\0', 0);
            int data = 0;
            int padding = 0;
            int firstPad = -1;
            int firstBad = -1;
            int lastData = -1;
            bool allHex = true;
            bool hexOnlyDigit = false;
            int firstHexOnly = -1;
            for (int i = 0; i < text.Length; i++)
            {
                char c = text[i];
                if (IsSeparator(c))
                {
                    continue;
                }

                if (c == '=')
                {
                    if (firstPad < 0)
                    {
                        firstPad = i;
                    }

                    padding++;
                    continue;
                }

                if (firstPad >= 0)
                {
                    error = new Base32Error(Base32ErrorKind.BadPadding, firstPad, '=', 0);
                    return false;
                }

                bool hex = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
                if (!hex)
                {
                    allHex = false;
                }
                else if (c == '0' || c == '1' || c == '8' || c == '9')
                {
                    if (!hexOnlyDigit)
                    {
                        firstHexOnly = i;
                    }

                    hexOnlyDigit = true;
                }

                if (ValueOf(c) < 0)
                {
                    if (firstBad < 0)
                    {
                        firstBad = i;
                    }

                    continue;
                }

                data++;
                lastData = i;
            }

            if (firstBad >= 0)
            {
                if (allHex && hexOnlyDigit)
                {
                    error = new Base32Error(Base32ErrorKind.LooksLikeHex, firstHexOnly, text[firstHexOnly], 0);
                }
                else
                {
                    error = new Base32Error(Base32ErrorKind.InvalidCharacter, firstBad, text[firstBad], 0);
                }

                return false;
            }

            if (data == 0)
            {
                error = new Base32Error(Base32ErrorKind.Empty, -1, '\0', 0);
                return false;
            }

            int rest = data % 8;
            if (rest == 1 || rest == 3 || rest == 6)
            {
                error = new Base32Error(Base32ErrorKind.ImpossibleLength, lastData, text[lastData], 0);
                return false;
            }

            if (padding != 0 && (rest == 0 || rest + padding != 8))
            {
                error = new Base32Error(Base32ErrorKind.BadPadding, firstPad, '=', 0);
                return false;
            }

            return true;
        }

        private static bool IsSeparator(char c)
        {
            return c == ' ' || c == '-' || c == '\t' || c == '\r' || c == '\n';
        }

        private static int ValueOf(char c)
        {
            if (c >= 'A' && c <= 'Z')
            {
                return c - 'A';
            }

            if (c >= 'a' && c <= 'z')
            {
                return c - 'a';
            }

            if (c >= '2' && c <= '7')
            {
                return c - '2' + 26;
            }

            return -1;
        }
    }
}
