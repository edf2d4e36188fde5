namespace HardwareToken.Core.Protocol
{
    /// <summary>Field limits and timings of the provisioning protocol (docs/protocol.md §3, §5, §6.5).</summary>
    public static class ProtocolLimits
    {
        /// <summary>Number of account slots; valid indexes are 0..7.</summary>
        public const int SlotCount = 8;

        /// <summary>Longest label, in printable ASCII characters (at least 1).</summary>
        public const int MaxLabelLength = 12;

        /// <summary>Longest secret, in bytes (at least 1). An AWS secret is 40 bytes.</summary>
        public const int MaxSecretLength = 64;

        /// <summary>Longest firmware version string in the Info response; longer ones are cut.</summary>
        public const int MaxFirmwareVersionLength = 32;

        /// <summary>Key fingerprint size: the first bytes of SHA-1(secret).</summary>
        public const int FingerprintLength = 4;

        /// <summary>Seconds the device waits for the confirming press; announced in AwaitingButton.</summary>
        public const int ConfirmSeconds = 30;

        /// <summary>Seconds after a confirmed PutSecret during which Verify is allowed for that slot.</summary>
        public const int VerifyWindowSeconds = 60;

        /// <summary>Earliest SetTime value: 2000-01-01T00:00:00Z (the DS1307 counts years from 2000).</summary>
        public const long MinSettableUnixSeconds = 946684800;

        /// <summary>First SetTime value that is too late (exclusive end): 2100-01-01T00:00:00Z.</summary>
        public const long EndSettableUnixSeconds = 4102444800;

        /// <summary>True for a supported digit count (6 or 8).</summary>
        public static bool IsSupportedDigits(int digits)
        {
            return digits == 6 || digits == 8;
        }

        /// <summary>True for a supported period in seconds (30 or 60).</summary>
        public static bool IsSupportedPeriod(int period)
        {
            return period == 30 || period == 60;
        }

        /// <summary>True for a printable ASCII character, 0x20..0x7E.</summary>
        public static bool IsPrintableAscii(int c)
        {
            return c >= 0x20 && c <= 0x7E;
        }
    }
}
