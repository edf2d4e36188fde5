namespace HardwareToken.Core.Text
{
    /// <summary>Why a base32 string was refused. Values are stable: hosts may log them.</summary>
    public enum Base32ErrorKind
    {
        /// <summary>No error.</summary>
        None = 0,

        /// <summary>Nothing but separators or padding.</summary>
        Empty = 1,

        /// <summary>A character outside A-Z, 2-7 (after case folding), or a separator the decoder does not skip.</summary>
        InvalidCharacter = 2,

        /// <summary>The text is made of hexadecimal digits only and contains 0, 1, 8 or 9: it is hex, not base32.</summary>
        LooksLikeHex = 3,

        /// <summary>A number of base32 characters no byte string encodes to (1, 3 or 6 modulo 8).</summary>
        ImpossibleLength = 4,

        /// <summary>The last character carries bits beyond the final byte that are not zero.</summary>
        NonZeroTrailingBits = 5,

        /// <summary>'=' in the middle, or more or fewer '=' than the length calls for.</summary>
        BadPadding = 6,

        /// <summary>The decoded bytes do not fit the output buffer.</summary>
        TooLong = 7,
    }
}
