namespace HardwareToken.Core.Protocol
{
    /// <summary>Why <see cref="FrameDecoder.Feed"/> returned <see cref="FeedResult.Error"/> (docs/protocol.md §2.1).</summary>
    public enum FrameError
    {
        /// <summary>No error.</summary>
        None = 0,

        /// <summary>Bytes outside any frame were dropped; reported once per stretch of such bytes. No reply is due.</summary>
        Garbage = 1,

        /// <summary>A partial frame was dropped: more than the inter-byte timeout passed between two of its bytes. No reply is due.</summary>
        Timeout = 2,

        /// <summary>The declared payload length was over the maximum; the payload was not stored. Header fields are known.</summary>
        TooLong = 3,

        /// <summary>The CRC did not match. Header fields are as received (not trustworthy).</summary>
        BadCrc = 4,

        /// <summary>The CRC matched but the version byte is not <see cref="FrameFormat.Version"/>. Header fields are known.</summary>
        UnsupportedVersion = 5,
    }
}
