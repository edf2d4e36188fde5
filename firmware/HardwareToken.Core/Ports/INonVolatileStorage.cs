namespace HardwareToken.Core.Ports
{
    /// <summary>
    /// A small fixed-size byte region that survives power loss (a file on the ESP32's I:\ flash drive, a file
    /// in the emulator's state folder, an array in tests).
    /// </summary>
    /// <remarks>
    /// Contract:
    /// <list type="bullet">
    /// <item>The region has <see cref="Size"/> bytes; a region that was never written reads as 0xFF.</item>
    /// <item><see cref="Write"/> returns once the bytes are durable. A power cut during a write leaves the
    /// region with the old bytes outside the written range and, inside it, any mix of old and new bytes
    /// (a torn write). The record format in <c>HardwareToken.Core.Storage</c> is built to survive exactly
    /// that: it never relies on a write being atomic.</item>
    /// <item>Reads and writes outside the region throw <see cref="System.ArgumentOutOfRangeException"/>.</item>
    /// </list>
    /// </remarks>
    public interface INonVolatileStorage
    {
        /// <summary>Size of the region in bytes.</summary>
        int Size { get; }

        /// <summary>Copies <paramref name="count"/> bytes starting at <paramref name="address"/>.</summary>
        void Read(int address, byte[] buffer, int offset, int count);

        /// <summary>Writes <paramref name="count"/> bytes at <paramref name="address"/> and makes them durable.</summary>
        void Write(int address, byte[] buffer, int offset, int count);
    }
}
