using System;
using HardwareToken.Transport;

namespace HardwareToken.Emulator.Tests.EndToEnd;

/// <summary>
/// A real <see cref="SerialPort"/> (here: the emulator's pty) as the <see cref="ISerialChannel"/> that TokenSession takes.
/// (A SerialPort is one already; this wrapper only keeps the tests' Open helper.)
/// </summary>
internal sealed class SerialByteChannel(SerialPort port) : ISerialChannel
{
    public static SerialByteChannel Open(string path) => new(SerialPort.Open(path));

    public void Write(ReadOnlySpan<byte> data) => port.Write(data);

    public int Read(Span<byte> buffer, TimeSpan timeout) => port.Read(buffer, timeout);

    public void Dispose() => port.Dispose();
}
