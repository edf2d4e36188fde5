using System;
using HardwareToken.Core.Ports;

namespace HardwareToken.Emulator.Adapters;

/// <summary>
/// The virtual token's serial port as the run loop sees it: a pseudo-terminal (<see cref="PtySerialLink"/>, the default
/// on Linux and macOS) or a TCP listener (<see cref="TcpSerialLink"/>, --listen, any OS). Both carry the same bytes.
/// </summary>
internal interface IEmulatorSerialLink : ISerialLink, IDisposable
{
    /// <summary>What a client gives hwtoken as --port: /dev/pts/N, or socket://127.0.0.1:7700.</summary>
    string Address { get; }

    /// <summary>Writes that lost bytes because no client was reading.</summary>
    int DroppedWrites { get; }
}
