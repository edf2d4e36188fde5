using System;
using System.Diagnostics;
using System.Net.Sockets;
using System.Text;
using System.Threading;

namespace HardwareToken.Transport;

/// <summary>
/// The client end of the virtual token's TCP link (<c>socket://HOST:PORT</c>): the same raw byte stream as its
/// serial line, over one TCP connection. A refusal from a busy emulator (<see cref="TcpSerialServer.BusyLine"/>,
/// text that cannot start a frame) becomes <see cref="SerialPortErrorKind.PortInUse"/>; the emulator closing the
/// connection becomes <see cref="SerialPortErrorKind.DeviceVanished"/>, as an unplugged serial device does.
/// </summary>
public sealed class TcpSerialChannel : ISerialChannel
{
    /// <summary>How long connecting may take.</summary>
    public static readonly TimeSpan ConnectTimeout = TimeSpan.FromSeconds(5);

    private static readonly byte[] BusyPrefix = Encoding.ASCII.GetBytes(TcpSerialServer.BusyPrefix);

    private readonly Socket socket;
    private readonly string address;

    // Bytes that might be the start of a busy refusal, held back until they prove to be or not to be one.
    private byte[] heldBack = [];
    private bool firstBytesChecked;

    private TcpSerialChannel(Socket socket, string address)
    {
        this.socket = socket;
        this.address = address;
    }

    /// <summary>How long <see cref="Write"/> may block (default 5 s).</summary>
    public TimeSpan WriteTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Connects to <paramref name="host"/>:<paramref name="port"/>; <paramref name="address"/> is how errors name it.</summary>
    /// <exception cref="SerialPortException">Nobody listens there, the host is unknown, or it does not answer.</exception>
    public static TcpSerialChannel Connect(string address, string host, int port)
    {
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp);
        try
        {
            using var cancel = new CancellationTokenSource(ConnectTimeout);
            try
            {
                socket.ConnectAsync(host, port, cancel.Token).AsTask().GetAwaiter().GetResult();
            }
            catch (OperationCanceledException)
            {
                throw new SerialPortException(SerialPortErrorKind.PortNotFound, address,
                    $"{address}: no answer within {ConnectTimeout.TotalSeconds:0} s; check the host and port (the virtual token listens on loopback only unless told otherwise)");
            }

            socket.NoDelay = true;
            return new TcpSerialChannel(socket, address);
        }
        catch (SocketException e)
        {
            socket.Dispose();
            throw ConnectFailed(address, host, e);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    /// <inheritdoc />
    public int Read(Span<byte> buffer, TimeSpan timeout)
    {
        if (timeout != Timeout.InfiniteTimeSpan)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(timeout, TimeSpan.Zero);
        }

        if (buffer.IsEmpty)
        {
            return 0;
        }

        long deadline = timeout == Timeout.InfiniteTimeSpan ? long.MaxValue : Stopwatch.GetTimestamp() + (long)(timeout.TotalSeconds * Stopwatch.Frequency);
        while (true)
        {
            if (firstBytesChecked && heldBack.Length > 0)
            {
                int n = Math.Min(buffer.Length, heldBack.Length);
                heldBack.AsSpan(0, n).CopyTo(buffer);
                heldBack = heldBack[n..];
                return n;
            }

            int received = ReceiveUntil(buffer, deadline);
            if (received == 0)
            {
                return 0;
            }

            if (firstBytesChecked)
            {
                return received;
            }

            heldBack = [.. heldBack, .. buffer[..received]];
            int compare = Math.Min(heldBack.Length, BusyPrefix.Length);
            if (!heldBack.AsSpan(0, compare).SequenceEqual(BusyPrefix.AsSpan(0, compare)))
            {
                firstBytesChecked = true;
            }
            else if (heldBack.Length >= BusyPrefix.Length)
            {
                throw Refused();
            }
        }
    }

    /// <inheritdoc />
    /// <exception cref="SerialPortException">The emulator went away, or accepted nothing for <see cref="WriteTimeout"/>.</exception>
    public void Write(ReadOnlySpan<byte> data)
    {
        ObjectDisposedException.ThrowIf(socket.SafeHandle.IsClosed, this);
        socket.SendTimeout = (int)Math.Max(1, WriteTimeout.TotalMilliseconds);
        try
        {
            while (!data.IsEmpty)
            {
                int sent = socket.Send(data);
                data = data[sent..];
            }
        }
        catch (SocketException e) when (e.SocketErrorCode == SocketError.TimedOut || e.SocketErrorCode == SocketError.WouldBlock)
        {
            throw new SerialPortException(SerialPortErrorKind.WriteTimedOut, address,
                $"{address}: the virtual token accepted no data for {WriteTimeout.TotalSeconds:0.#} s; restart it and try again");
        }
        catch (SocketException e)
        {
            throw Vanished(e.Message);
        }
    }

    /// <summary>Closes the connection; the emulator then accepts the next client.</summary>
    public void Dispose() => socket.Dispose();

    private int ReceiveUntil(Span<byte> buffer, long deadline)
    {
        while (true)
        {
            ObjectDisposedException.ThrowIf(socket.SafeHandle.IsClosed, this);
            long left = deadline == long.MaxValue ? -1 : deadline - Stopwatch.GetTimestamp();
            if (deadline != long.MaxValue && left <= 0 && socket.Available == 0)
            {
                return 0;
            }

            int microseconds = left < 0 ? -1 : (int)Math.Min(int.MaxValue, left * 1_000_000.0 / Stopwatch.Frequency);
            try
            {
                if (socket.Available == 0 && !socket.Poll(microseconds, SelectMode.SelectRead))
                {
                    continue; // the deadline check above ends the wait
                }

                int n = socket.Receive(buffer);
                if (n == 0)
                {
                    throw heldBack.Length > 0 && !firstBytesChecked ? Refused() : Vanished("it closed the connection");
                }

                return n;
            }
            catch (SocketException e)
            {
                throw Vanished(e.Message);
            }
        }
    }

    /// <summary>Reads the rest of the emulator's refusal line (briefly) and turns it into PortInUse.</summary>
    private SerialPortException Refused()
    {
        var text = new StringBuilder(Encoding.ASCII.GetString(heldBack));
        byte[] more = new byte[256];
        long until = Stopwatch.GetTimestamp() + Stopwatch.Frequency;
        try
        {
            while (text.Length < 1000 && !text.ToString().Contains('\n') && Stopwatch.GetTimestamp() < until && socket.Poll(100_000, SelectMode.SelectRead))
            {
                int n = socket.Receive(more);
                if (n == 0)
                {
                    break;
                }

                text.Append(Encoding.ASCII.GetString(more, 0, n));
            }
        }
        catch (SocketException)
        {
        }

        string line = text.ToString().Split('\n')[0].Trim();
        string reason = line.Length > TcpSerialServer.BusyPrefix.Length ? line[TcpSerialServer.BusyPrefix.Length..].Trim() : "another client is connected";
        return new SerialPortException(SerialPortErrorKind.PortInUse, address,
            $"{address}: the virtual token refused the connection: {reason}");
    }

    private SerialPortException Vanished(string why) => new(
        SerialPortErrorKind.DeviceVanished,
        address,
        $"{address}: the virtual token went away mid-exchange ({why}); start it again and retry");

    private static SerialPortException ConnectFailed(string address, string host, SocketException e) => e.SocketErrorCode switch
    {
        SocketError.ConnectionRefused => new SerialPortException(SerialPortErrorKind.PortNotFound, address,
            $"{address}: nothing is listening there; start the virtual token with `hwtoken-emulator --listen {ListenHint(address)}` (or check the port number)", e.ErrorCode),
        SocketError.HostNotFound or SocketError.NoData or SocketError.TryAgain => new SerialPortException(SerialPortErrorKind.PortNotFound, address,
            $"{address}: unknown host '{host}'; use the emulator's address, e.g. socket://127.0.0.1:7700", e.ErrorCode),
        SocketError.AccessDenied => new SerialPortException(SerialPortErrorKind.PermissionDenied, address,
            $"{address}: the connection was refused by the system ({e.Message}); check the firewall", e.ErrorCode),
        _ => new SerialPortException(SerialPortErrorKind.IoError, address, $"{address}: cannot connect: {e.Message}", e.ErrorCode),
    };

    private static string ListenHint(string address) => address[PortAddress.SocketScheme.Length..].TrimEnd('/');
}
