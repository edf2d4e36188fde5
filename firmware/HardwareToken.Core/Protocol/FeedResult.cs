namespace HardwareToken.Core.Protocol
{
    /// <summary>What one byte fed to a <see cref="FrameDecoder"/> produced.</summary>
    public enum FeedResult
    {
        /// <summary>Nothing yet: the byte was consumed.</summary>
        None = 0,

        /// <summary>A complete frame with a correct CRC and version is available in the decoder.</summary>
        FrameReady = 1,

        /// <summary>Something was dropped; see <see cref="FrameDecoder.Error"/>.</summary>
        Error = 2,
    }
}
