namespace HardwareToken.Core.Text
{
    /// <summary>A refused base32 string: the reason and the 0-based position in the original text.</summary>
    public struct Base32Error
    {
        /// <summary>The reason.</summary>
        public Base32ErrorKind Kind;

        /// <summary>0-based index into the text as given (separators included); -1 when no single position applies.</summary>
        public int Position;

        /// <summary>The character at <see cref="Position"/>, or '\0'.</summary>
        public char Character;

        /// <summary>For <see cref="Base32ErrorKind.TooLong"/>: the largest number of bytes accepted.</summary>
        public int Limit;

        public Base32Error(Base32ErrorKind kind, int position, char character, int limit)
        {
            Kind = kind;
            Position = position;
            Character = character;
            Limit = limit;
        }

        /// <summary>One sentence naming the position (1-based, for people) and the reason.</summary>
        public string Message
        {
            get
            {
                string at = Position >= 0 ? " at position " + (Position + 1).ToString() : string.Empty;
                switch (Kind)
                {
                    case Base32ErrorKind.None:
                        return "no error";
                    case Base32ErrorKind.Empty:
                        return "the secret is empty";
                    case Base32ErrorKind.InvalidCharacter:
                        return "'" + Printable(Character) + "'" + at + " is not a base32 character (A-Z and 2-7)" + Hint(Character);
                    case Base32ErrorKind.LooksLikeHex:
                        return "this looks like hexadecimal, not base32 ('" + Printable(Character) + "'" + at
                            + "); paste the base32 secret the console shows (letters A-Z and digits 2-7)";
                    case Base32ErrorKind.ImpossibleLength:
                        return "the secret ends" + at + " after a number of characters no byte string encodes to; a character is missing or extra";
                    case Base32ErrorKind.NonZeroTrailingBits:
                        return "the last character '" + Printable(Character) + "'" + at + " has bits set past the final byte; the secret is truncated or mistyped";
                    case Base32ErrorKind.BadPadding:
                        return "padding '='" + at + " is misplaced or the wrong length";
                    case Base32ErrorKind.TooLong:
                        return "the secret is longer than " + Limit.ToString() + " bytes";
                    default:
                        return "invalid base32" + at;
                }
            }
        }

        private static string Hint(char c)
        {
            switch (c)
            {
                case '0':
                    return "; did you mean the letter O?";
                case '1':
                    return "; did you mean the letter I or L?";
                case '8':
                    return "; did you mean the letter B?";
                default:
                    return string.Empty;
            }
        }

        private static string Printable(char c)
        {
            return c >= ' ' && c <= '~' ? new string(c, 1) : "\\u" + ((int)c).ToString("X4");
        }
    }
}
