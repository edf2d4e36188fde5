namespace HardwareToken.Core.Protocol
{
    /// <summary>
    /// The outcome carried in the first payload byte of every response (docs/protocol.md §7). Values are on the
    /// wire: never renumber or reuse one.
    /// </summary>
    public enum Status : byte
    {
        /// <summary>Done.</summary>
        Ok = 0x00,

        /// <summary>Interim: the request is valid and the token shows its confirmation screen; a final response follows.</summary>
        AwaitingButton = 0x01,

        /// <summary>The frame was malformed (detail <see cref="StatusDetail.FrameTooLong"/>).</summary>
        BadFrame = 0x10,

        /// <summary>The request's CRC did not match; nothing was done.</summary>
        BadCrc = 0x11,

        /// <summary>The frame's version is not supported; the detail is the device's protocol version.</summary>
        UnsupportedVersion = 0x12,

        /// <summary>The opcode is unknown.</summary>
        UnknownCommand = 0x13,

        /// <summary>A field is invalid; the detail (<see cref="StatusDetail"/>) says which.</summary>
        BadArgument = 0x14,

        /// <summary>A confirmation is pending; the request was not processed.</summary>
        Busy = 0x20,

        /// <summary>Not allowed in the current state (e.g. Verify outside the verify window).</summary>
        NotAllowed = 0x21,

        /// <summary>The user declined on the token.</summary>
        NotConfirmed = 0x22,

        /// <summary>No button press within the confirmation time.</summary>
        ConfirmTimeout = 0x23,

        /// <summary>Storage cannot hold the account; nothing changed.</summary>
        StorageFull = 0x24,

        /// <summary>The command needs a set clock.</summary>
        ClockNotSet = 0x25,

        /// <summary>Storage failed; writes are atomic, so the previous contents remain.</summary>
        StorageError = 0x26,
    }
}
