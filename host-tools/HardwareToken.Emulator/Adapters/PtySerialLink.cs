using System;
using System.Threading;
using HardwareToken.Core.Ports;
using HardwareToken.Transport;

namespace HardwareToken.Emulator.Adapters;

/// <summary>
/// <see cref="ISerialLink"/> over the master side of a <see cref="PseudoTerminal"/>: clients (hwtoken, tests)
/// open <see cref="SlavePath"/> as the token's serial port, and may connect and disconnect as often as they like.
/// </summary>
/// <remarks>
/// <see cref="Read"/> polls with a zero timeout, so it never blocks. <see cref="Write"/> waits at most
/// <see cref="WriteTimeout"/> for a client to drain the pseudo-terminal; with nobody reading the bytes are dropped,
/// as on a UART with nothing attached, and counted in <see cref="DroppedWrites"/>.
/// </remarks>
internal sealed class PtySerialLink : IEmulatorSerialLink
{
    /// <summary>How long a write may stall the run loop when no client reads.</summary>
    public static readonly TimeSpan WriteTimeout = TimeSpan.FromMilliseconds(200);

    private readonly PseudoTerminal _pty;
    private int _droppedWrites;

    private PtySerialLink(PseudoTerminal pty)
    {
        _pty = pty;
        _pty.WriteTimeout = WriteTimeout;
    }

    /// <summary>The device path a client opens, e.g. /dev/pts/3.</summary>
    public string SlavePath => _pty.SlavePath;

    /// <inheritdoc />
    public string Address => SlavePath;

    /// <summary>Writes that lost bytes because no client was reading.</summary>
    public int DroppedWrites => Volatile.Read(ref _droppedWrites);

    /// <summary>Creates the pseudo-terminal.</summary>
    /// <exception cref="SerialPortException">The system refused to create one.</exception>
    public static PtySerialLink Open() => new(PseudoTerminal.Open());

    /// <inheritdoc />
    public int Read(byte[] buffer, int offset, int count) => _pty.Read(buffer.AsSpan(offset, count), TimeSpan.Zero);

    /// <inheritdoc />
    public void Write(byte[] buffer, int offset, int count)
    {
        if (!_pty.TryWrite(buffer.AsSpan(offset, count)))
        {
            Interlocked.Increment(ref _droppedWrites);
        }
    }

    /// <summary>Closes the pseudo-terminal; clients see the port vanish.</summary>
    public void Dispose() => _pty.Dispose();
}
