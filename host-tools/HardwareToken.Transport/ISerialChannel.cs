using System;

namespace HardwareToken.Transport;

/// <summary>A raw byte pipe to a token (a serial port) or from the emulator (a pseudo-terminal's master side).</summary>
public interface ISerialChannel : IDisposable
{
    /// <summary>
    /// Waits up to <paramref name="timeout"/> for bytes and copies those that have arrived (at most
    /// <paramref name="buffer"/>.Length); returns how many, or 0 when none came in time.
    /// <see cref="System.Threading.Timeout.InfiniteTimeSpan"/> waits forever.
    /// </summary>
    int Read(Span<byte> buffer, TimeSpan timeout);

    /// <summary>Sends every byte of <paramref name="data"/>; see the implementation for what happens when nobody reads.</summary>
    void Write(ReadOnlySpan<byte> data);
}
