using System;
using System.Globalization;

namespace HardwareToken.Transport;

/// <summary>
/// What a --port value names: a serial device (/dev/ttyUSB0, /dev/cu.usbserial-0001, COM5) or the virtual token's
/// TCP link in pyserial's URL form, <c>socket://HOST:PORT</c> (an IPv6 host in brackets: <c>socket://[::1]:7700</c>).
/// </summary>
public static class PortAddress
{
    /// <summary>The URL scheme of a TCP link.</summary>
    public const string SocketScheme = "socket://";

    /// <summary>True when <paramref name="port"/> starts with socket:// (any case).</summary>
    public static bool IsSocket(string port) => port.StartsWith(SocketScheme, StringComparison.OrdinalIgnoreCase);

    /// <summary>Splits <c>socket://HOST:PORT</c>.</summary>
    /// <exception cref="SerialPortException"><see cref="SerialPortErrorKind.PortNotFound"/> with what is wrong and an example.</exception>
    public static (string Host, int Port) ParseSocket(string port)
    {
        string rest = port[SocketScheme.Length..].TrimEnd('/');
        int colon = rest.LastIndexOf(':');
        string host = colon > 0 ? rest[..colon] : string.Empty;
        string number = colon > 0 ? rest[(colon + 1)..] : string.Empty;
        if (host.StartsWith('[') && host.EndsWith(']'))
        {
            host = host[1..^1];
        }

        if (host.Length == 0 || host.Contains('/') || !int.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out int tcpPort)
            || tcpPort is < 1 or > 65535)
        {
            throw new SerialPortException(
                SerialPortErrorKind.PortNotFound,
                port,
                $"{port}: not a TCP address; write socket://HOST:PORT with a port from 1 to 65535, e.g. socket://127.0.0.1:7700");
        }

        return (host, tcpPort);
    }

    /// <summary>Parses a listen address <c>HOST:PORT</c> (port 0 = any free port), as the emulator's --listen takes it.</summary>
    /// <returns>null when malformed.</returns>
    public static (string Host, int Port)? ParseListen(string text)
    {
        int colon = text.LastIndexOf(':');
        if (colon <= 0)
        {
            return null;
        }

        string host = text[..colon];
        if (host.StartsWith('[') && host.EndsWith(']'))
        {
            host = host[1..^1];
        }

        if (host.Length == 0 || !int.TryParse(text[(colon + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out int port) || port > 65535)
        {
            return null;
        }

        return (host, port);
    }
}
