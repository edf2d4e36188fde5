using System;

namespace HardwareToken.Transport;

/// <summary>
/// Opens what a --port value names, on any OS: <c>socket://HOST:PORT</c> → <see cref="TcpSerialChannel"/> (the
/// virtual token's TCP link); on Windows a COM port → <see cref="WindowsSerialPort"/> (System.IO.Ports); on Linux
/// and macOS a device path → <see cref="SerialPort"/> (termios). Every failure is a <see cref="SerialPortException"/>.
/// </summary>
public static class PortOpener
{
    /// <summary>Opens <paramref name="port"/> raw at 115200 8N1 (or connects to it), exclusively.</summary>
    public static ISerialChannel Open(string port)
    {
        ArgumentException.ThrowIfNullOrEmpty(port);
        if (PortAddress.IsSocket(port))
        {
            (string host, int tcpPort) = PortAddress.ParseSocket(port);
            return TcpSerialChannel.Connect(port, host, tcpPort);
        }

        if (OperatingSystem.IsWindows())
        {
            return WindowsSerialPort.Open(port);
        }

        return SerialPort.Open(port);
    }
}
