using System;
using System.IO;
using System.IO.Ports;
using System.Linq;
using System.Runtime.Versioning;
using System.Threading;

namespace HardwareToken.Transport;

/// <summary>
/// A COM port on Windows through System.IO.Ports, raw at 115200 8N1 with no flow control. Windows opens a COM
/// port exclusively by itself (a second CreateFile fails with "access denied"), so no locking is needed here.
/// DTR and RTS are both held inactive from the moment the port opens (one SetCommState), the same state the
/// termios port sets on Linux and macOS (docs/cli.md, "DTR and RTS").
/// </summary>
[SupportedOSPlatform("windows")]
public sealed class WindowsSerialPort : ISerialChannel
{
    private readonly System.IO.Ports.SerialPort port;

    private WindowsSerialPort(System.IO.Ports.SerialPort port)
    {
        this.port = port;
    }

    /// <summary>The port name, e.g. COM5.</summary>
    public string Path => port.PortName;

    /// <summary>How long <see cref="Write"/> waits for the driver to take the bytes (default 5 s).</summary>
    public TimeSpan WriteTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Opens <paramref name="name"/> (COM1..COM256, or \\.\COMn).</summary>
    /// <exception cref="SerialPortException">Unknown port, in use or access denied, or not a serial port.</exception>
    public static WindowsSerialPort Open(string name)
    {
        string portName = name.StartsWith(@"\\.\", StringComparison.Ordinal) ? name[4..] : name;
        if (!WindowsPortNames.IsComName(portName))
        {
            throw new SerialPortException(SerialPortErrorKind.PortNotFound, name,
                $"{name}: not a COM port name; on Windows give COM1, COM5, ... (run `hwtoken ports`), or socket://HOST:PORT for the virtual token");
        }

        var port = new System.IO.Ports.SerialPort(portName, SerialPort.BaudRate, Parity.None, 8, StopBits.One)
        {
            Handshake = Handshake.None,
            DtrEnable = false,
            RtsEnable = false,
            ReadBufferSize = 4096,
            WriteBufferSize = 4096,
        };
        try
        {
            port.Open();
            port.DiscardInBuffer();
            port.DiscardOutBuffer();
            return new WindowsSerialPort(port);
        }
        catch (Exception e) when (e is UnauthorizedAccessException or IOException or ArgumentException or InvalidOperationException)
        {
            port.Dispose();
            throw WindowsSerialErrors.OpenFailed(name, e, SafePortNames());
        }
    }

    /// <inheritdoc />
    public int Read(Span<byte> buffer, TimeSpan timeout)
    {
        if (buffer.IsEmpty)
        {
            return 0;
        }

        try
        {
            if (timeout == TimeSpan.Zero)
            {
                int available = port.BytesToRead;
                return available == 0 ? 0 : port.BaseStream.Read(buffer[..Math.Min(available, buffer.Length)]);
            }

            port.ReadTimeout = timeout == Timeout.InfiniteTimeSpan ? System.IO.Ports.SerialPort.InfiniteTimeout : (int)Math.Clamp(Math.Ceiling(timeout.TotalMilliseconds), 1, int.MaxValue);
            return port.BaseStream.Read(buffer);
        }
        catch (TimeoutException)
        {
            return 0;
        }
        catch (InvalidOperationException)
        {
            throw new ObjectDisposedException(Path, "the port is closed");
        }
        catch (IOException e)
        {
            throw Vanished(e);
        }
    }

    /// <inheritdoc />
    public void Write(ReadOnlySpan<byte> data)
    {
        try
        {
            port.WriteTimeout = (int)Math.Clamp(WriteTimeout.TotalMilliseconds, 1, int.MaxValue);
            port.BaseStream.Write(data);
        }
        catch (TimeoutException)
        {
            throw new SerialPortException(SerialPortErrorKind.WriteTimedOut, Path,
                $"{Path}: the device accepted no data for {WriteTimeout.TotalSeconds:0.#} s; unplug the token, plug it back in and try again");
        }
        catch (InvalidOperationException)
        {
            throw new ObjectDisposedException(Path, "the port is closed");
        }
        catch (IOException e)
        {
            throw Vanished(e);
        }
    }

    /// <summary>Drops bytes received but not yet read.</summary>
    public void DiscardInput() => port.DiscardInBuffer();

    /// <summary>Closes the port. Safe to call more than once.</summary>
    public void Dispose() => port.Dispose();

    private SerialPortException Vanished(IOException e) => new(
        SerialPortErrorKind.DeviceVanished,
        Path,
        $"{Path}: the token was unplugged (the port went away mid-exchange: {e.Message}); plug it back in and try again");

    private static string[] SafePortNames()
    {
        try
        {
            return System.IO.Ports.SerialPort.GetPortNames();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or PlatformNotSupportedException)
        {
            return [];
        }
    }
}
