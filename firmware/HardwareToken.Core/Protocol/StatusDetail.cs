namespace HardwareToken.Core.Protocol
{
    /// <summary>
    /// Values of the detail byte that follows the status in every response (docs/protocol.md §7.1). Values are
    /// on the wire: never renumber or reuse one. 1..8 are the accounts module's validation codes and must stay
    /// identical to them; protocol-specific details start at 0x20.
    /// </summary>
    public static class StatusDetail
    {
        /// <summary>No detail.</summary>
        public const byte None = 0;

        /// <summary>The slot is not 0..<see cref="ProtocolLimits.SlotCount"/>-1.</summary>
        public const byte SlotOutOfRange = 1;

        /// <summary>The label has no characters.</summary>
        public const byte LabelEmpty = 2;

        /// <summary>The label is longer than <see cref="ProtocolLimits.MaxLabelLength"/>.</summary>
        public const byte LabelTooLong = 3;

        /// <summary>The label has a byte outside 0x20..0x7E.</summary>
        public const byte LabelNotPrintableAscii = 4;

        /// <summary>The secret has no bytes.</summary>
        public const byte SecretEmpty = 5;

        /// <summary>The secret is longer than <see cref="ProtocolLimits.MaxSecretLength"/>.</summary>
        public const byte SecretTooLong = 6;

        /// <summary>Digits is not 6 or 8.</summary>
        public const byte DigitsUnsupported = 7;

        /// <summary>Period is not 30 or 60.</summary>
        public const byte PeriodUnsupported = 8;

        /// <summary>The payload does not have the layout of the opcode (wrong length or inconsistent inner lengths).</summary>
        public const byte PayloadLength = 0x20;

        /// <summary>SetTime outside [<see cref="ProtocolLimits.MinSettableUnixSeconds"/>, <see cref="ProtocolLimits.EndSettableUnixSeconds"/>) or before the firmware build.</summary>
        public const byte TimeOutOfRange = 0x21;

        /// <summary>DeleteSlot on a slot that holds no account.</summary>
        public const byte SlotEmpty = 0x22;

        /// <summary>With <see cref="Status.BadFrame"/>: the declared payload length was over <see cref="FrameFormat.MaxPayload"/>.</summary>
        public const byte FrameTooLong = 0x30;
    }
}
