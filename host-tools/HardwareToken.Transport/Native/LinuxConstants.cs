namespace HardwareToken.Transport.Native;

/// <summary>
/// Linux (glibc and musl on x86-64 and arm64) values. Both architectures take these from the kernel's
/// asm-generic headers; other architectures (alpha, mips, powerpc, sparc) differ and are not supported.
/// </summary>
internal static class LinuxConstants
{
    // <asm-generic/fcntl.h> (octal in the header)
    public const int O_RDWR = 0x2;            // 00000002
    public const int O_NOCTTY = 0x100;        // 00000400
    public const int O_NONBLOCK = 0x800;      // 00004000
    public const int O_CLOEXEC = 0x80000;     // 02000000
    public const int F_GETFL = 3;
    public const int F_SETFL = 4;
    public const int F_SETFD = 2;
    public const int FD_CLOEXEC = 1;

    // <asm-generic/ioctls.h>
    public const uint TIOCEXCL = 0x540C;
    public const uint TIOCNXCL = 0x540D;

    // <asm-generic/termbits.h> (octal in the header); tcflag_t and speed_t are unsigned int, NCCS is 32
    public const int NCCS = 32;
    public const int VTIME = 5;
    public const int VMIN = 6;
    public const uint IXON = 0x400;           // 0002000
    public const uint IXANY = 0x800;          // 0004000
    public const uint IXOFF = 0x1000;         // 0010000
    public const uint CSIZE = 0x30;           // 0000060
    public const uint CS8 = 0x30;             // 0000060
    public const uint CSTOPB = 0x40;          // 0000100
    public const uint CREAD = 0x80;           // 0000200
    public const uint PARENB = 0x100;         // 0000400
    public const uint CLOCAL = 0x800;         // 0004000
    public const uint CRTSCTS = 0x80000000;   // 020000000000
    public const uint B115200 = 0x1002;       // 0010002 (a code, not the rate)
    public const int TCSANOW = 0;
    public const int TCIFLUSH = 0;
    public const int TCIOFLUSH = 2;

    // <asm-generic/errno-base.h>, <asm-generic/errno.h>
    public const int EPERM = 1;
    public const int ENOENT = 2;
    public const int EINTR = 4;
    public const int EIO = 5;
    public const int ENXIO = 6;
    public const int EAGAIN = 11;             // = EWOULDBLOCK
    public const int EACCES = 13;
    public const int EBUSY = 16;
    public const int ENODEV = 19;
    public const int ENOTDIR = 20;
    public const int EISDIR = 21;
    public const int ENOTTY = 25;
    public const int EPIPE = 32;
    public const int EOPNOTSUPP = 95;         // = ENOTSUP

    // <asm-generic/poll.h>
    public const short POLLIN = 0x1;
    public const short POLLOUT = 0x4;
    public const short POLLERR = 0x8;
    public const short POLLHUP = 0x10;
    public const short POLLNVAL = 0x20;

    // <sys/file.h>
    public const int LOCK_EX = 2;
    public const int LOCK_NB = 4;
}
