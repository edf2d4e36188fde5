using System;
using System.Runtime.InteropServices;

namespace HardwareToken.Transport.Native;

/// <summary>
/// The OS-specific half of the serial code: constants, the termios struct and the calls whose C types differ.
/// Everything above this class is written once.
/// </summary>
internal abstract class PosixPlatform
{
    private static readonly Lazy<PosixPlatform> current = new(Create);

    /// <summary>The running OS's implementation; throws <see cref="PlatformNotSupportedException"/> on Windows.</summary>
    public static PosixPlatform Current => current.Value;

    public const string WindowsMessage =
        "serial on Windows is not supported yet; use Linux or macOS, or WSL with usbipd";

    /// <summary>O_RDWR | O_NOCTTY | O_NONBLOCK | O_CLOEXEC.</summary>
    public abstract int OpenReadWriteFlags { get; }

    public abstract nuint TiocExcl { get; }

    public abstract nuint TiocNxcl { get; }

    public abstract int TcIFlush { get; }

    public abstract int TcIOFlush { get; }

    public abstract short PollIn { get; }

    public abstract short PollOut { get; }

    public abstract short PollErr { get; }

    public abstract short PollHup { get; }

    public abstract short PollNval { get; }

    public abstract int LockExclusiveNonBlocking { get; }

    /// <summary>The directory prefix of pseudo-terminal slaves (/dev/pts/ on Linux, /dev/ttys on macOS).</summary>
    public abstract string PseudoTerminalPrefix { get; }

    public abstract Errno Classify(int errno);

    /// <summary>
    /// Sets raw mode (cfmakeraw), 8N1, CLOCAL | CREAD, no hardware or software flow control, VMIN 1 / VTIME 0
    /// and, when <paramref name="setSpeed"/>, 115200 baud both ways. Returns 0 or the errno of the failing call.
    /// </summary>
    public abstract int ConfigureRaw(int fd, bool setSpeed);

    /// <summary>poll() on one descriptor; returns poll's result (errno via Marshal on -1).</summary>
    public abstract unsafe int Poll(PollFd* fd, int timeoutMilliseconds);

    /// <summary>Adds O_NONBLOCK to the status flags and FD_CLOEXEC to the descriptor flags; returns 0 or errno.</summary>
    public abstract int SetNonBlockingCloseOnExec(int fd);

    protected static int LastErrno() => Marshal.GetLastPInvokeError();

    private static PosixPlatform Create()
    {
        if (OperatingSystem.IsLinux())
        {
            return new LinuxPlatform();
        }

        if (OperatingSystem.IsMacOS())
        {
            return new MacOSPlatform();
        }

        throw new PlatformNotSupportedException(WindowsMessage);
    }
}
