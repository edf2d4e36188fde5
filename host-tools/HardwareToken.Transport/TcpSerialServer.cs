using System;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace HardwareToken.Transport;

/// <summary>
/// The virtual token's TCP link: it listens on one address and carries the same raw byte stream as its serial
/// line to one client at a time. A second client is told <see cref="BusyLine"/> and disconnected; when the client
/// goes away (even mid-frame) the next one may connect, and the token sees only that bytes stopped coming, as on a
/// serial line whose cable was pulled. Bytes written while no client is connected are dropped, as on a UART.
/// Never blocks: <see cref="Read"/> and <see cref="TryWrite"/> poll; called from one thread (the emulator's loop).
/// </summary>
public sealed class TcpSerialServer : IDisposable
{
    /// <summary>The start of the refusal line; it cannot start a protocol frame (those begin with 0xA5).</summary>
    public const string BusyPrefix = "hwtoken-emulator: busy:";

    /// <summary>What a second client reads before the emulator closes its connection.</summary>
    public const string BusyLine = BusyPrefix + " another client is connected to this virtual token (a second hwtoken?); close it and try again\n";

    private static readonly byte[] Busy = Encoding.ASCII.GetBytes(BusyLine);

    private readonly Socket listener;
    private Socket? client;

    private TcpSerialServer(Socket listener)
    {
        this.listener = listener;
        var bound = (IPEndPoint)listener.LocalEndPoint!;
        Address = PortAddress.SocketScheme + (bound.AddressFamily == AddressFamily.InterNetworkV6 ? "[" + bound.Address + "]" : bound.Address.ToString()) + ":" + bound.Port;
    }

    /// <summary>The --port value clients use, e.g. socket://127.0.0.1:7700 (the real port when 0 was asked for).</summary>
    public string Address { get; }

    /// <summary>True while a client is connected.</summary>
    public bool HasClient => client is not null;

    /// <summary>How long a write may wait for a slow client before its bytes are dropped.</summary>
    public TimeSpan WriteTimeout { get; set; } = TimeSpan.FromMilliseconds(200);

    /// <summary>Listens on <paramref name="host"/>:<paramref name="port"/> (an IP address; port 0 picks a free one).</summary>
    /// <exception cref="SerialPortException">The address is not an IP of this machine, or the port is taken.</exception>
    public static TcpSerialServer Listen(string host, int port)
    {
        string text = host + ":" + port;
        if (!IPAddress.TryParse(host, out IPAddress? ip))
        {
            if (!host.Equals("localhost", StringComparison.OrdinalIgnoreCase))
            {
                throw new SerialPortException(SerialPortErrorKind.IoError, text, $"--listen {text}: give an IP address, e.g. 127.0.0.1:7700 (loopback) or 0.0.0.0:7700 (every interface)");
            }

            ip = IPAddress.Loopback;
        }

        var socket = new Socket(ip.AddressFamily, SocketType.Stream, ProtocolType.Tcp);
        try
        {
            socket.Bind(new IPEndPoint(ip, port));
            socket.Listen(4);
            socket.Blocking = false;
            return new TcpSerialServer(socket);
        }
        catch (SocketException e)
        {
            socket.Dispose();
            string why = e.SocketErrorCode switch
            {
                SocketError.AddressAlreadyInUse => "the port is in use (another emulator?); pick another with --listen 127.0.0.1:PORT",
                SocketError.AddressNotAvailable => "that address does not belong to this machine",
                SocketError.AccessDenied => "permission denied (ports below 1024 need privileges)",
                _ => e.Message,
            };
            throw new SerialPortException(SerialPortErrorKind.IoError, text, $"--listen {text}: {why}", e.ErrorCode);
        }
    }

    /// <summary>Copies bytes the client sent (at most <paramref name="buffer"/>.Length); 0 when there are none.</summary>
    public int Read(Span<byte> buffer)
    {
        AcceptPending();
        if (client is null || buffer.IsEmpty)
        {
            return 0;
        }

        try
        {
            if (client.Available == 0)
            {
                if (client.Poll(0, SelectMode.SelectRead))
                {
                    DropClient(); // readable with nothing to read: the client closed
                }

                return 0;
            }

            return client.Receive(buffer);
        }
        catch (SocketException)
        {
            DropClient();
            return 0;
        }
    }

    /// <summary>Sends bytes to the client; false when they were dropped (no client, or it stalled and was dropped).</summary>
    public bool TryWrite(ReadOnlySpan<byte> data)
    {
        AcceptPending();
        if (client is null)
        {
            return false;
        }

        try
        {
            client.SendTimeout = (int)Math.Max(1, WriteTimeout.TotalMilliseconds);
            while (!data.IsEmpty)
            {
                data = data[client.Send(data)..];
            }

            return true;
        }
        catch (SocketException)
        {
            DropClient();
            return false;
        }
    }

    /// <summary>Closes the client and the listener.</summary>
    public void Dispose()
    {
        DropClient();
        listener.Dispose();
    }

    private void AcceptPending()
    {
        while (true)
        {
            Socket incoming;
            try
            {
                incoming = listener.Accept();
            }
            catch (SocketException e) when (e.SocketErrorCode == SocketError.WouldBlock)
            {
                return;
            }

            if (client is not null && client.Poll(0, SelectMode.SelectRead) && client.Available == 0)
            {
                DropClient(); // the old client is gone already: the newcomer takes its place
            }

            if (client is null)
            {
                incoming.Blocking = true;
                incoming.NoDelay = true;
                client = incoming;
                continue;
            }

            Refuse(incoming);
        }
    }

    private static void Refuse(Socket incoming)
    {
        try
        {
            incoming.Blocking = true;
            incoming.SendTimeout = 200;
            incoming.Send(Busy);
            incoming.Shutdown(SocketShutdown.Both);
        }
        catch (SocketException)
        {
        }
        finally
        {
            incoming.Dispose();
        }
    }

    private void DropClient()
    {
        client?.Dispose();
        client = null;
    }
}
