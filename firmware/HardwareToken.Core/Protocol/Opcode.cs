namespace HardwareToken.Core.Protocol
{
    /// <summary>
    /// The request kinds of the provisioning protocol (docs/protocol.md §4). Values are on the wire: never
    /// renumber or reuse one; add new kinds with new numbers. 0x00 is reserved and never valid.
    /// A response carries the request's opcode with <see cref="FrameFormat.ResponseFlag"/> set.
    /// </summary>
    public enum Opcode : byte
    {
        /// <summary>Firmware version, slot usage, clock and drift state. Plain.</summary>
        Info = 0x01,

        /// <summary>Index, label, digits, period and key fingerprint of every used slot. Plain.</summary>
        ListSlots = 0x02,

        /// <summary>Writes an account into a slot, atomically. Confirmed on the token.</summary>
        PutSecret = 0x03,

        /// <summary>Erases one slot. Confirmed on the token.</summary>
        DeleteSlot = 0x04,

        /// <summary>Erases every slot. Confirmed on the token.</summary>
        WipeAll = 0x05,

        /// <summary>Sets the device clock from the host's UTC Unix seconds. Confirmed on the token.</summary>
        SetTime = 0x06,

        /// <summary>The current code of the slot just written, within the verify window only. Plain.</summary>
        Verify = 0x07,
    }
}
