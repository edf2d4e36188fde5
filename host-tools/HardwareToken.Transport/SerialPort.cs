using System;
using System.Runtime.InteropServices;
using HardwareToken.Transport.Native;

namespace HardwareToken.Transport;

/// <summary>
/// A serial port opened raw at 115200 8N1 (no flow control, modem lines ignored) through termios, on Linux and
/// macOS; DTR and RTS are dropped together right after open (docs/cli.md, "DTR and RTS"). Access is exclusive: TIOCEXCL keeps other programs out and an advisory flock() keeps out a second
/// hwtoken even when run as root (which TIOCEXCL does not stop). Every failure is a
/// <see cref="SerialPortException"/> whose message says what to do.
/// </summary>
/// <remarks>
/// Not thread-safe except that <see cref="Dispose"/> may be called while another thread is in a timed
/// <see cref="Read"/>: the read finishes (at its timeout) before the descriptor is closed.
/// </remarks>
public sealed class SerialPort : ISerialChannel
{
    /// <summary>The line speed: the token's provisioning UART runs at 115200 baud.</summary>
    public const int BaudRate = 115200;

    private readonly TerminalChannel channel;
    private readonly bool exclusive;

    private SerialPort(string path, TerminalChannel channel, bool exclusive)
    {
        Path = path;
        this.channel = channel;
        this.exclusive = exclusive;
    }

    /// <summary>The path the port was opened with.</summary>
    public string Path { get; }

    /// <summary>How long <see cref="Write"/> waits for the device to accept more bytes (default 5 s).</summary>
    public TimeSpan WriteTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// Opens <paramref name="path"/> (O_RDWR | O_NOCTTY | O_NONBLOCK | O_CLOEXEC), takes exclusive access,
    /// sets raw 115200 8N1 with CLOCAL | CREAD and no flow control, and discards anything already queued.
    /// </summary>
    /// <exception cref="SerialPortException">The port is missing, forbidden, in use, or not a terminal.</exception>
    /// <exception cref="PlatformNotSupportedException">On Windows (use <see cref="PortOpener"/>, which picks <see cref="WindowsSerialPort"/>).</exception>
    public static SerialPort Open(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        PosixPlatform os = PosixPlatform.Current;
        int raw = Libc.open(path, os.OpenReadWriteFlags);
        if (raw < 0)
        {
            throw SerialErrors.OpenFailed(path, Marshal.GetLastPInvokeError(), "open");
        }

        var fd = new SafeFileDescriptor(raw);
        try
        {
            string? device = TerminalName(raw, out int ttyError);
            if (device is null)
            {
                throw ttyError == 0 ? SerialErrors.NotATerminal(path, 0) : SerialErrors.OpenFailed(path, ttyError, "ttyname_r");
            }

            if (Libc.flock(raw, os.LockExclusiveNonBlocking) != 0)
            {
                int errno = Marshal.GetLastPInvokeError();
                if (os.Classify(errno) != Errno.NotSupported)
                {
                    throw SerialErrors.OpenFailed(path, errno, "flock");
                }
            }

            // A pseudo-terminal slave keeps its TIOCEXCL flag for as long as the master is open, even after the
            // client that set it exits, which would lock out every later client of the emulator. The flock above
            // (released by the kernel when its holder dies) protects pseudo-terminals instead.
            bool exclusive = !device.StartsWith(os.PseudoTerminalPrefix, StringComparison.Ordinal);
            if (exclusive && Libc.ioctl(raw, os.TiocExcl) != 0)
            {
                throw SerialErrors.OpenFailed(path, Marshal.GetLastPInvokeError(), "ioctl(TIOCEXCL)");
            }

            int configure = os.ConfigureRaw(raw, setSpeed: true);
            if (configure != 0)
            {
                throw SerialErrors.OpenFailed(path, configure, "tcsetattr");
            }

            // open() raised DTR and RTS together; drop them together (one ioctl), so an auto-reset circuit never
            // sees them differ. Pseudo-terminals and adapters without modem lines refuse: nothing to drop there.
            if (exclusive)
            {
                _ = os.ClearDtrAndRts(raw);
            }

            if (Libc.tcflush(raw, os.TcIOFlush) != 0)
            {
                throw SerialErrors.OpenFailed(path, Marshal.GetLastPInvokeError(), "tcflush");
            }

            return new SerialPort(path, new TerminalChannel(fd, path, hangUpMeansNoPeer: false), exclusive);
        }
        catch
        {
            fd.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Waits up to <paramref name="timeout"/> for bytes; returns how many were copied, 0 on timeout.
    /// </summary>
    /// <exception cref="SerialPortException"><see cref="SerialPortErrorKind.DeviceVanished"/> when the device went away.</exception>
    public int Read(Span<byte> buffer, TimeSpan timeout) => channel.Read(buffer, timeout);

    /// <summary>Sends every byte, waiting (up to <see cref="WriteTimeout"/> at a time) while the driver's buffer is full.</summary>
    /// <exception cref="SerialPortException">
    /// <see cref="SerialPortErrorKind.WriteTimedOut"/> or <see cref="SerialPortErrorKind.DeviceVanished"/>.
    /// </exception>
    public void Write(ReadOnlySpan<byte> data)
    {
        if (!channel.TryWrite(data, WriteTimeout, out _))
        {
            throw SerialErrors.WriteTimedOut(Path, WriteTimeout);
        }
    }

    /// <summary>Drops bytes received but not yet read (tcflush TCIFLUSH), e.g. before a new request.</summary>
    public void DiscardInput()
    {
        using SafeFileDescriptor.Lease lease = channel.Descriptor.Borrow();
        if (Libc.tcflush(lease.Fd, PosixPlatform.Current.TcIFlush) != 0)
        {
            throw SerialErrors.ExchangeFailed(Path, Marshal.GetLastPInvokeError(), "tcflush");
        }
    }

    /// <summary>Releases exclusive access and closes the port. Safe to call more than once.</summary>
    public void Dispose()
    {
        if (channel.Descriptor.IsClosed)
        {
            return;
        }

        if (exclusive)
        {
            try
            {
                using SafeFileDescriptor.Lease lease = channel.Descriptor.Borrow();
                _ = Libc.ioctl(lease.Fd, PosixPlatform.Current.TiocNxcl);
            }
            catch (ObjectDisposedException)
            {
                // closed concurrently: nothing to release
            }
        }

        channel.Dispose();
    }

    /// <summary>The device name behind a descriptor (ttyname_r), or null with the error (0 for "not a terminal").</summary>
    internal static unsafe string? TerminalName(int fd, out int error)
    {
        byte* buffer = stackalloc byte[1024];
        error = Libc.ttyname_r(fd, buffer, 1024);
        if (error != 0)
        {
            if (PosixPlatform.Current.Classify(error) == Errno.NotATerminal)
            {
                error = 0;
            }

            return null;
        }

        return Marshal.PtrToStringUTF8((IntPtr)buffer);
    }
}
