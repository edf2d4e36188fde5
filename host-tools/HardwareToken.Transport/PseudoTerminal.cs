using System;
using System.Runtime.InteropServices;
using HardwareToken.Transport.Native;

namespace HardwareToken.Transport;

/// <summary>
/// A pseudo-terminal pair for the emulator: it reads and writes the master side, while <c>hwtoken</c> opens
/// <see cref="SlavePath"/> as if it were the token's serial port. The slave is set raw (no echo, no line
/// editing, 8-bit clean).
/// </summary>
/// <remarks>
/// The pseudo-terminal holds its own descriptor on the slave for its whole life. Without it Linux reports EIO
/// on the master whenever no client has the slave open; with it the master simply sees no data, so the emulator
/// keeps running while clients connect and disconnect. Like a UART with nobody listening, bytes written while
/// no client reads are eventually dropped (see <see cref="Write"/>); a client discards stale bytes when it
/// opens the port anyway (<see cref="SerialPort.Open"/> flushes).
/// </remarks>
public sealed class PseudoTerminal : ISerialChannel
{
    private readonly TerminalChannel master;
    private readonly SafeFileDescriptor slave;

    private PseudoTerminal(TerminalChannel master, SafeFileDescriptor slave, string slavePath)
    {
        this.master = master;
        this.slave = slave;
        SlavePath = slavePath;
    }

    /// <summary>The device a client opens, e.g. /dev/pts/3 (Linux) or /dev/ttys004 (macOS).</summary>
    public string SlavePath { get; }

    /// <summary>
    /// How long <see cref="Write"/> waits for a client to drain the pseudo-terminal before dropping bytes
    /// (default 1 s).
    /// </summary>
    public TimeSpan WriteTimeout { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Creates a pair with openpty(3) and sets the slave raw.</summary>
    /// <exception cref="SerialPortException">The system refused (out of pseudo-terminals, for instance).</exception>
    /// <exception cref="PlatformNotSupportedException">On Windows.</exception>
    public static unsafe PseudoTerminal Open()
    {
        PosixPlatform os = PosixPlatform.Current;
        int masterFd;
        int slaveFd;
        if (Libc.openpty(&masterFd, &slaveFd, null, null, null) != 0)
        {
            throw SerialErrors.OpenFailed("openpty", Marshal.GetLastPInvokeError(), "openpty");
        }

        var masterHandle = new SafeFileDescriptor(masterFd);
        var slaveHandle = new SafeFileDescriptor(slaveFd);
        try
        {
            string path = SerialPort.TerminalName(slaveFd, out int error)
                ?? throw SerialErrors.OpenFailed("openpty", error, "ttyname_r");
            int failed = os.SetNonBlockingCloseOnExec(masterFd);
            if (failed == 0)
            {
                failed = os.SetNonBlockingCloseOnExec(slaveFd);
            }

            if (failed != 0)
            {
                throw SerialErrors.OpenFailed(path, failed, "fcntl");
            }

            failed = os.ConfigureRaw(slaveFd, setSpeed: false);
            if (failed != 0)
            {
                throw SerialErrors.OpenFailed(path, failed, "tcsetattr");
            }

            return new PseudoTerminal(new TerminalChannel(masterHandle, path, hangUpMeansNoPeer: true), slaveHandle, path);
        }
        catch
        {
            masterHandle.Dispose();
            slaveHandle.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Waits up to <paramref name="timeout"/> for bytes a client wrote; returns how many were copied, 0 on
    /// timeout. Never fails because no client is attached.
    /// </summary>
    public int Read(Span<byte> buffer, TimeSpan timeout) => master.Read(buffer, timeout);

    /// <summary>
    /// Sends bytes to the client. When nobody drains the pseudo-terminal for <see cref="WriteTimeout"/>, the bytes
    /// queued for the client but unread are discarded to make room, as on a UART with nobody listening. Returns
    /// true when nothing was lost, false when bytes were discarded (queued ones, or the rest of
    /// <paramref name="data"/> if even an emptied queue does not drain).
    /// </summary>
    public bool TryWrite(ReadOnlySpan<byte> data)
    {
        if (master.TryWrite(data, WriteTimeout, out int written))
        {
            return true;
        }

        DiscardUnreadByClient();
        _ = master.TryWrite(data[written..], WriteTimeout, out _);
        return false;
    }

    /// <summary>As <see cref="TryWrite"/>, for the <see cref="ISerialChannel"/> contract; never throws for a missing client.</summary>
    public void Write(ReadOnlySpan<byte> data) => _ = TryWrite(data);

    /// <summary>Closes both sides; clients then see the port vanish.</summary>
    public void Dispose()
    {
        master.Dispose();
        slave.Dispose();
    }

    private void DiscardUnreadByClient()
    {
        using SafeFileDescriptor.Lease lease = slave.Borrow();
        _ = Libc.tcflush(lease.Fd, PosixPlatform.Current.TcIFlush);
    }
}
