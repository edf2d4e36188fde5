using System;
using System.Threading;
using HardwareToken.Transport;

namespace HardwareToken.Emulator.Adapters;

/// <summary>
/// <see cref="Core.Ports.ISerialLink"/> over a <see cref="TcpSerialServer"/> (--listen HOST:PORT): the same byte stream
/// as the pseudo-terminal, to one client at a time; a second client is refused with a message and disconnected. A
/// client that leaves mid-frame leaves a partial frame in the core's decoder, which drops it after the inter-byte
/// timeout exactly as for a serial cable pulled mid-frame; nothing is executed, so the token is unchanged.
/// </summary>
internal sealed class TcpSerialLink : IEmulatorSerialLink
{
    private readonly TcpSerialServer _server;
    private int _droppedWrites;

    private TcpSerialLink(TcpSerialServer server)
    {
        _server = server;
        _server.WriteTimeout = PtySerialLink.WriteTimeout;
    }

    /// <inheritdoc />
    public string Address => _server.Address;

    /// <inheritdoc />
    public int DroppedWrites => Volatile.Read(ref _droppedWrites);

    /// <summary>Starts listening.</summary>
    /// <exception cref="SerialPortException">The address cannot be used (see the message).</exception>
    public static TcpSerialLink Listen(string host, int port) => new(TcpSerialServer.Listen(host, port));

    /// <inheritdoc />
    public int Read(byte[] buffer, int offset, int count) => _server.Read(buffer.AsSpan(offset, count));

    /// <inheritdoc />
    public void Write(byte[] buffer, int offset, int count)
    {
        if (!_server.TryWrite(buffer.AsSpan(offset, count)))
        {
            Interlocked.Increment(ref _droppedWrites);
        }
    }

    /// <summary>Stops listening and disconnects the client.</summary>
    public void Dispose() => _server.Dispose();
}
