namespace HardwareToken.Transport.Native;

/// <summary>
/// macOS (Darwin, x86-64 and arm64) values from the SDK's headers. tcflag_t and speed_t are
/// <c>unsigned long</c> (8 bytes) and NCCS is 20, so the struct differs from Linux's as well.
/// </summary>
internal static class MacOSConstants
{
    // <sys/fcntl.h>
    public const int O_RDWR = 0x2;
    public const int O_NONBLOCK = 0x4;
    public const int O_NOCTTY = 0x20000;
    public const int O_CLOEXEC = 0x1000000;
    public const int F_GETFL = 3;
    public const int F_SETFL = 4;
    public const int F_SETFD = 2;
    public const int FD_CLOEXEC = 1;

    // <sys/ttycom.h>: _IO('t', 13) and _IO('t', 14)
    public const uint TIOCEXCL = 0x2000740D;
    public const uint TIOCNXCL = 0x2000740E;

    // <sys/termios.h>
    public const int NCCS = 20;
    public const int VMIN = 16;
    public const int VTIME = 17;
    public const ulong IXON = 0x200;
    public const ulong IXOFF = 0x400;
    public const ulong IXANY = 0x800;
    public const ulong CSIZE = 0x300;
    public const ulong CS8 = 0x300;
    public const ulong CSTOPB = 0x400;
    public const ulong CREAD = 0x800;
    public const ulong PARENB = 0x1000;
    public const ulong CLOCAL = 0x8000;
    public const ulong CRTSCTS = 0x30000;     // CCTS_OFLOW | CRTS_IFLOW
    public const ulong CDTR_IFLOW = 0x40000;
    public const ulong CDSR_OFLOW = 0x80000;
    public const ulong CCAR_OFLOW = 0x100000;
    public const ulong B115200 = 115200;      // the rate itself
    public const int TCSANOW = 0;
    public const int TCIFLUSH = 1;
    public const int TCIOFLUSH = 3;

    // <sys/errno.h>
    public const int EPERM = 1;
    public const int ENOENT = 2;
    public const int EINTR = 4;
    public const int EIO = 5;
    public const int ENXIO = 6;
    public const int EACCES = 13;
    public const int EBUSY = 16;
    public const int ENODEV = 19;
    public const int ENOTDIR = 20;
    public const int EISDIR = 21;
    public const int ENOTTY = 25;
    public const int EPIPE = 32;
    public const int EAGAIN = 35;             // = EWOULDBLOCK
    public const int ENOTSUP = 45;
    public const int EOPNOTSUPP = 102;

    // <sys/poll.h>
    public const short POLLIN = 0x1;
    public const short POLLOUT = 0x4;
    public const short POLLERR = 0x8;
    public const short POLLHUP = 0x10;
    public const short POLLNVAL = 0x20;

    // <sys/fcntl.h>
    public const int LOCK_EX = 2;
    public const int LOCK_NB = 4;
}
