using System;
using System.Runtime.InteropServices;

namespace HardwareToken.Transport.Native;

/// <summary>
/// The POSIX half of the serial code, written once for Linux and macOS: the two differ only in the numbers and
/// struct shapes of <see cref="PosixConstants"/> and in one calling-convention detail (variadic arguments on Apple
/// arm64, see <see cref="Libc.fcntl_int_darwin_arm64"/>), which is the only OS test in here.
/// </summary>
internal sealed class PosixPlatform
{
    private static readonly Lazy<PosixPlatform> current = new(Create);

    private readonly PosixConstants c;
    private readonly bool variadicOnStack;

    private PosixPlatform(PosixConstants constants, bool variadicOnStack)
    {
        c = constants;
        this.variadicOnStack = variadicOnStack;
    }

    /// <summary>The running OS's implementation; throws <see cref="PlatformNotSupportedException"/> elsewhere.</summary>
    public static PosixPlatform Current => current.Value;

    /// <summary>The numbers of this OS.</summary>
    public PosixConstants Constants => c;

    /// <summary>O_RDWR | O_NOCTTY | O_NONBLOCK | O_CLOEXEC.</summary>
    public int OpenReadWriteFlags => c.O_RDWR | c.O_NOCTTY | c.O_NONBLOCK | c.O_CLOEXEC;

    public nuint TiocExcl => c.TIOCEXCL;

    public nuint TiocNxcl => c.TIOCNXCL;

    public int TcIFlush => c.TCIFLUSH;

    public int TcIOFlush => c.TCIOFLUSH;

    public short PollIn => c.POLLIN;

    public short PollOut => c.POLLOUT;

    public short PollErr => c.POLLERR;

    public short PollHup => c.POLLHUP;

    public short PollNval => c.POLLNVAL;

    public int LockExclusiveNonBlocking => c.LOCK_EX | c.LOCK_NB;

    /// <summary>The directory prefix of pseudo-terminal slaves (/dev/pts/ on Linux, /dev/ttys on macOS).</summary>
    public string PseudoTerminalPrefix => c.PseudoTerminalPrefix;

    public Errno Classify(int errno)
    {
        if (errno == c.ENOENT) return Errno.NoEntry;
        if (errno == c.EACCES) return Errno.AccessDenied;
        if (errno == c.EPERM) return Errno.NotPermitted;
        if (errno == c.EBUSY) return Errno.Busy;
        if (errno == c.EIO) return Errno.InputOutput;
        if (errno == c.ENXIO) return Errno.NoDeviceOrAddress;
        if (errno == c.ENODEV) return Errno.NoDevice;
        if (errno == c.EAGAIN) return Errno.WouldBlock;
        if (errno == c.EINTR) return Errno.Interrupted;
        if (errno == c.ENOTTY) return Errno.NotATerminal;
        if (errno == c.EISDIR) return Errno.IsDirectory;
        if (errno == c.ENOTDIR) return Errno.NotDirectory;
        if (errno == c.EPIPE) return Errno.BrokenPipe;
        if (Array.IndexOf(c.ENOTSUP, errno) >= 0) return Errno.NotSupported;
        return Errno.Other;
    }

    /// <summary>
    /// Sets raw mode (cfmakeraw), 8N1, CLOCAL | CREAD, no hardware or software flow control, VMIN 1 / VTIME 0
    /// and, when <paramref name="setSpeed"/>, 115200 baud both ways. Returns 0 or the errno of the failing call.
    /// </summary>
    public unsafe int ConfigureRaw(int fd, bool setSpeed)
    {
        // The struct lives in a byte buffer with room to spare; its flag words are read at the OS's width.
        byte* t = stackalloc byte[Termios.BufferSize];
        new Span<byte>(t, Termios.BufferSize).Clear();
        if (Termios.tcgetattr(fd, t) != 0)
        {
            return LastErrno();
        }

        Termios.cfmakeraw(t);
        var flags = new TermiosFlags(t, c.FlagWordSize);
        flags[TermiosFlags.Input] &= ~(c.IXON | c.IXOFF | c.IXANY);
        flags[TermiosFlags.Control] &= ~(c.CSIZE | c.PARENB | c.CSTOPB | c.HardwareFlowControl);
        flags[TermiosFlags.Control] |= c.CS8 | c.CLOCAL | c.CREAD;
        t[c.ControlCharsOffset + c.VMIN] = 1;
        t[c.ControlCharsOffset + c.VTIME] = 0;
        if (setSpeed && (Termios.cfsetispeed(t, (nuint)c.B115200) != 0 || Termios.cfsetospeed(t, (nuint)c.B115200) != 0))
        {
            return LastErrno();
        }

        return Termios.tcsetattr(fd, c.TCSANOW, t) == 0 ? 0 : LastErrno();
    }

    /// <summary>
    /// Drops DTR and RTS together in one TIOCMBIC call, so a board whose auto-reset circuit watches them
    /// (ESP32 DevKitC: EN and IO0) never sees one line move without the other. Returns 0 or errno (pseudo-terminals
    /// and adapters without modem lines refuse it; callers ignore that).
    /// </summary>
    public unsafe int ClearDtrAndRts(int fd)
    {
        int bits = c.TIOCM_DTR | c.TIOCM_RTS;
        int result = variadicOnStack
            ? Libc.ioctl_pointer_darwin_arm64(fd, c.TIOCMBIC, 0, 0, 0, 0, 0, 0, &bits)
            : Libc.ioctl_pointer(fd, c.TIOCMBIC, &bits);
        return result == 0 ? 0 : LastErrno();
    }

    /// <summary>poll() on one descriptor; returns poll's result (errno via Marshal on -1).</summary>
    /// <remarks>nfds_t is unsigned long on Linux and unsigned int on macOS; both take 1 in a 64-bit register.</remarks>
    public unsafe int Poll(PollFd* fd, int timeoutMilliseconds) => Libc.poll(fd, 1, timeoutMilliseconds);

    /// <summary>Adds O_NONBLOCK to the status flags and FD_CLOEXEC to the descriptor flags; returns 0 or errno.</summary>
    public int SetNonBlockingCloseOnExec(int fd)
    {
        int flags = Fcntl(fd, c.F_GETFL, 0);
        if (flags < 0 || Fcntl(fd, c.F_SETFL, flags | c.O_NONBLOCK) < 0 || Fcntl(fd, c.F_SETFD, c.FD_CLOEXEC) < 0)
        {
            return LastErrno();
        }

        return 0;
    }

    private int Fcntl(int fd, int command, int argument) =>
        variadicOnStack
            ? Libc.fcntl_int_darwin_arm64(fd, command, 0, 0, 0, 0, 0, 0, argument)
            : Libc.fcntl_int(fd, command, argument);

    private static int LastErrno() => Marshal.GetLastPInvokeError();

    private static PosixPlatform Create()
    {
        if (OperatingSystem.IsLinux())
        {
            return new PosixPlatform(PosixConstants.Linux, variadicOnStack: false);
        }

        if (OperatingSystem.IsMacOS())
        {
            return new PosixPlatform(PosixConstants.MacOS, RuntimeInformation.ProcessArchitecture == Architecture.Arm64);
        }

        throw new PlatformNotSupportedException("termios serial ports and pseudo-terminals exist on Linux and macOS only");
    }
}
