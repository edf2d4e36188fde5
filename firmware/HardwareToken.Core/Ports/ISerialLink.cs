namespace HardwareToken.Core.Ports
{
    /// <summary>
    /// The provisioning serial line (COM2 on the ESP32, a pseudo-terminal in the emulator): raw bytes, 115200 8N1.
    /// </summary>
    /// <remarks>
    /// Contract: <see cref="Read"/> never blocks; it copies at most <c>count</c> bytes that have already
    /// arrived and returns how many (0 when none). <see cref="Write"/> queues all bytes for sending; it may
    /// block until they fit the driver's buffer. Neither throws for a disconnected peer: bytes sent to nobody
    /// are lost, like on a real UART.
    /// </remarks>
    public interface ISerialLink
    {
        /// <summary>Copies up to <paramref name="count"/> received bytes; returns the number copied, 0 if none.</summary>
        int Read(byte[] buffer, int offset, int count);

        /// <summary>Sends <paramref name="count"/> bytes.</summary>
        void Write(byte[] buffer, int offset, int count);
    }
}
