namespace HardwareToken.Core.Storage
{
    /// <summary>
    /// The registry of the on-flash format: magic, format version, geometry, header offsets and every record
    /// type id, in one place (like OpenSK's <c>key.rs</c>). docs/storage.md describes the same bytes in prose.
    /// </summary>
    /// <remarks>
    /// Rules for changing this file:
    /// <list type="bullet">
    /// <item>Never reuse or renumber a record type id. A retired id stays listed below, commented as retired.</item>
    /// <item>Ids 0x00 and 0xFF are never assigned (they are what zeroed and erased flash look like).</item>
    /// <item>A new record type or new bytes appended to an existing record body do not need a new format version:
    /// readers skip unknown record types and ignore extra body bytes. Anything else (moving a field, changing
    /// a meaning, changing the header) bumps <see cref="FormatVersion"/>.</item>
    /// <item>The header's first 16 bytes keep this layout in every version, so any firmware can read the version
    /// and the sequence number of any image.</item>
    /// </list>
    /// </remarks>
    public static class StorageFormat
    {
        // ---- Format version --------------------------------------------------------------------------------

        /// <summary>The format this firmware writes. Version 1 is the first; 0 is never used.</summary>
        public const int FormatVersion = 1;

        /// <summary>The oldest format this firmware still reads.</summary>
        public const int OldestReadableVersion = 1;

        // ---- Geometry --------------------------------------------------------------------------------------

        /// <summary>Bytes per bank. Each bank holds one complete image, zero-padded after its CRC.</summary>
        public const int BankSize = 1024;

        /// <summary>Number of banks (A at address 0, B at <see cref="BankSize"/>).</summary>
        public const int BankCount = 2;

        /// <summary>The smallest <c>INonVolatileStorage.Size</c> the store accepts; bytes above it are never touched.</summary>
        public const int RegionSize = BankSize * BankCount;

        // ---- Header (16 bytes, big-endian) -------------------------------------------------------------------

        /// <summary>Offset of the 4 magic bytes "HWTK".</summary>
        public const int MagicOffset = 0;

        /// <summary>Offset of the format version (u16).</summary>
        public const int VersionOffset = 4;

        /// <summary>Offset of a reserved u16, written 0 and ignored.</summary>
        public const int ReservedOffset = 6;

        /// <summary>Offset of the sequence number (u32, serial-number arithmetic).</summary>
        public const int SequenceOffset = 8;

        /// <summary>Offset of the payload length (u16): bytes of records after the header.</summary>
        public const int PayloadLengthOffset = 12;

        /// <summary>Offset of a second reserved u16, written 0 and ignored.</summary>
        public const int Reserved2Offset = 14;

        /// <summary>Bytes in the header; the payload starts here.</summary>
        public const int HeaderSize = 16;

        /// <summary>Bytes of the CRC-32 that follows the payload (over header and payload).</summary>
        public const int CrcSize = 4;

        /// <summary>Most payload bytes a bank can hold.</summary>
        public const int MaxPayloadLength = BankSize - HeaderSize - CrcSize;

        /// <summary>Magic byte 0: 'H'.</summary>
        public const byte Magic0 = 0x48;

        /// <summary>Magic byte 1: 'W'.</summary>
        public const byte Magic1 = 0x57;

        /// <summary>Magic byte 2: 'T'.</summary>
        public const byte Magic2 = 0x54;

        /// <summary>Magic byte 3: 'K'.</summary>
        public const byte Magic3 = 0x4B;

        // ---- Records: type u8, body length u8, body ---------------------------------------------------------

        /// <summary>Bytes before a record's body (type and length).</summary>
        public const int RecordHeaderSize = 2;

        /// <summary>
        /// Clock calibration (at most one per image; absent = never synced). Body, 32 bytes: last sync i64,
        /// previous sync i64, drift ppb i32, sync count i32, RTC offset ms i64. Readers accept 24 bytes and
        /// more: the first images had no offset (it reads as 0), and bytes past 32 are for later fields.
        /// </summary>
        public const byte RecordClock = 0x01;

        /// <summary>
        /// One account (at most one per slot). Body: slot u8, digits u8, period u16, label length u8, label
        /// (ASCII), secret length u8, secret.
        /// </summary>
        public const byte RecordAccount = 0x02;

        // Retired record ids: none yet. Next free id: 0x03.

        /// <summary>The shortest clock record body a reader accepts (the first format, without the RTC offset).</summary>
        public const int ClockBodyMinimumSize = 24;

        /// <summary>Body bytes of the clock record this firmware writes.</summary>
        public const int ClockBodySize = 32;

        /// <summary>Body bytes of an account record before the label (slot, digits, period, label length).</summary>
        public const int AccountFixedSize = 5;
    }
}
