using System;
using HardwareToken.Protocol;
using HardwareToken.Transport;

namespace HardwareToken.Emulator.Tests.EndToEnd;

/// <summary>The protocol library's <see cref="IByteChannel"/> over a real <see cref="SerialPort"/> (here: the emulator's pty).</summary>
internal sealed class SerialByteChannel(SerialPort port) : IByteChannel, IDisposable
{
    public static SerialByteChannel Open(string path) => new(SerialPort.Open(path));

    public void Write(ReadOnlySpan<byte> data) => port.Write(data);

    public int Read(Span<byte> buffer, TimeSpan timeout) => port.Read(buffer, timeout);

    public void Dispose() => port.Dispose();
}
