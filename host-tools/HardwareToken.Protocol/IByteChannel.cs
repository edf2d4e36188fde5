namespace HardwareToken.Protocol;

/// <summary>
/// A raw byte link to a token: the serial port in hwtoken, a pseudo-terminal for the emulator, a fake in tests.
/// </summary>
/// <remarks>
/// Contract: <see cref="Write"/> sends all bytes (it may block until they are queued). <see cref="Read"/> waits
/// up to <c>timeout</c> for at least one byte, copies what has arrived (at most <c>buffer.Length</c>) and
/// returns the count; it returns 0 when the timeout passes with nothing received, and returns at once when
/// <c>timeout</c> is <see cref="TimeSpan.Zero"/>. Neither should throw for a silent peer.
/// </remarks>
public interface IByteChannel
{
    /// <summary>Sends <paramref name="data"/>.</summary>
    void Write(ReadOnlySpan<byte> data);

    /// <summary>Waits up to <paramref name="timeout"/> for bytes; returns how many were copied, 0 on timeout.</summary>
    int Read(Span<byte> buffer, TimeSpan timeout);
}
