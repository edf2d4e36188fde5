namespace HardwareToken.Transport.Native;

/// <summary>
/// The numbers and struct shapes in which Linux and macOS differ. Everything that uses them is written once in
/// <see cref="PosixPlatform"/>; the two OSes are two instances of this record (<see cref="Linux"/>,
/// <see cref="MacOS"/>), not two copies of the code.
/// </summary>
internal sealed record PosixConstants
{
    // <fcntl.h>
    public required int O_RDWR { get; init; }
    public required int O_NONBLOCK { get; init; }
    public required int O_NOCTTY { get; init; }
    public required int O_CLOEXEC { get; init; }
    public int F_GETFL { get; init; } = 3;
    public int F_SETFL { get; init; } = 4;
    public int F_SETFD { get; init; } = 2;
    public int FD_CLOEXEC { get; init; } = 1;

    // <sys/ioctl.h>: exclusive use, and clearing modem-control lines (TIOCMBIC with TIOCM_DTR | TIOCM_RTS)
    public required uint TIOCEXCL { get; init; }
    public required uint TIOCNXCL { get; init; }
    public required uint TIOCMBIC { get; init; }
    public int TIOCM_DTR { get; init; } = 0x002;
    public int TIOCM_RTS { get; init; } = 0x004;

    // struct termios: the flag words are tcflag_t (4 bytes on Linux, 8 on macOS), then c_cc at ControlCharsOffset.
    public required int TermiosSize { get; init; }
    public required int FlagWordSize { get; init; }
    public required int ControlCharsOffset { get; init; }
    public required int VMIN { get; init; }
    public required int VTIME { get; init; }
    public required ulong IXON { get; init; }
    public required ulong IXOFF { get; init; }
    public required ulong IXANY { get; init; }
    public required ulong CSIZE { get; init; }
    public required ulong CS8 { get; init; }
    public required ulong CSTOPB { get; init; }
    public required ulong CREAD { get; init; }
    public required ulong PARENB { get; init; }
    public required ulong CLOCAL { get; init; }

    /// <summary>Every hardware flow-control bit of c_cflag (Linux CRTSCTS; macOS also DTR/DSR/carrier flow).</summary>
    public required ulong HardwareFlowControl { get; init; }

    /// <summary>The speed_t for 115200 baud: a code on Linux (B115200), the rate itself on macOS.</summary>
    public required ulong B115200 { get; init; }
    public int TCSANOW { get; init; }
    public required int TCIFLUSH { get; init; }
    public required int TCIOFLUSH { get; init; }

    // <errno.h>
    public int EPERM { get; init; } = 1;
    public int ENOENT { get; init; } = 2;
    public int EINTR { get; init; } = 4;
    public int EIO { get; init; } = 5;
    public int ENXIO { get; init; } = 6;
    public int EACCES { get; init; } = 13;
    public int EBUSY { get; init; } = 16;
    public int ENODEV { get; init; } = 19;
    public int ENOTDIR { get; init; } = 20;
    public int EISDIR { get; init; } = 21;
    public int ENOTTY { get; init; } = 25;
    public int EPIPE { get; init; } = 32;
    public required int EAGAIN { get; init; }
    public required int[] ENOTSUP { get; init; }

    // <poll.h>: the same on both
    public short POLLIN { get; init; } = 0x1;
    public short POLLOUT { get; init; } = 0x4;
    public short POLLERR { get; init; } = 0x8;
    public short POLLHUP { get; init; } = 0x10;
    public short POLLNVAL { get; init; } = 0x20;

    // <sys/file.h>
    public int LOCK_EX { get; init; } = 2;
    public int LOCK_NB { get; init; } = 4;

    /// <summary>The directory prefix of pseudo-terminal slaves.</summary>
    public required string PseudoTerminalPrefix { get; init; }

    /// <summary>
    /// Linux (glibc and musl on x86-64 and arm64): the kernel's asm-generic headers (octal there). Other
    /// architectures (alpha, mips, powerpc, sparc) differ and are not supported.
    /// </summary>
    public static readonly PosixConstants Linux = new()
    {
        O_RDWR = 0x2,                 // 00000002
        O_NOCTTY = 0x100,             // 00000400
        O_NONBLOCK = 0x800,           // 00004000
        O_CLOEXEC = 0x80000,          // 02000000
        TIOCEXCL = 0x540C,
        TIOCNXCL = 0x540D,
        TIOCMBIC = 0x5417,
        TermiosSize = 60,             // 4 flag words, c_line, c_cc[32], c_ispeed, c_ospeed (+ padding)
        FlagWordSize = 4,
        ControlCharsOffset = 17,
        VTIME = 5,
        VMIN = 6,
        IXON = 0x400,                 // 0002000
        IXANY = 0x800,                // 0004000
        IXOFF = 0x1000,               // 0010000
        CSIZE = 0x30,                 // 0000060
        CS8 = 0x30,
        CSTOPB = 0x40,                // 0000100
        CREAD = 0x80,                 // 0000200
        PARENB = 0x100,               // 0000400
        CLOCAL = 0x800,               // 0004000
        HardwareFlowControl = 0x80000000, // CRTSCTS 020000000000
        B115200 = 0x1002,             // 0010002
        TCIFLUSH = 0,
        TCIOFLUSH = 2,
        EAGAIN = 11,
        ENOTSUP = [95],
        PseudoTerminalPrefix = "/dev/pts/",
    };

    /// <summary>macOS (Darwin, x86-64 and arm64): the SDK's headers; tcflag_t and speed_t are unsigned long.</summary>
    public static readonly PosixConstants MacOS = new()
    {
        O_RDWR = 0x2,
        O_NONBLOCK = 0x4,
        O_NOCTTY = 0x20000,
        O_CLOEXEC = 0x1000000,
        TIOCEXCL = 0x2000740D,        // _IO('t', 13)
        TIOCNXCL = 0x2000740E,        // _IO('t', 14)
        TIOCMBIC = 0x8004746B,        // _IOW('t', 107, int)
        TermiosSize = 72,             // 4 flag words of 8 bytes, c_cc[20], c_ispeed, c_ospeed
        FlagWordSize = 8,
        ControlCharsOffset = 32,
        VMIN = 16,
        VTIME = 17,
        IXON = 0x200,
        IXOFF = 0x400,
        IXANY = 0x800,
        CSIZE = 0x300,
        CS8 = 0x300,
        CSTOPB = 0x400,
        CREAD = 0x800,
        PARENB = 0x1000,
        CLOCAL = 0x8000,
        HardwareFlowControl = 0x30000 | 0x40000 | 0x80000 | 0x100000, // CRTSCTS, CDTR_IFLOW, CDSR_OFLOW, CCAR_OFLOW
        B115200 = 115200,
        TCIFLUSH = 1,
        TCIOFLUSH = 3,
        EAGAIN = 35,
        ENOTSUP = [45, 102],          // ENOTSUP, EOPNOTSUPP
        PseudoTerminalPrefix = "/dev/ttys",
    };
}
