using static HardwareToken.Transport.Native.LinuxConstants;

namespace HardwareToken.Transport.Native;

/// <summary>Linux (x86-64, arm64) with glibc's termios layout.</summary>
internal sealed class LinuxPlatform : PosixPlatform
{
    public override int OpenReadWriteFlags => O_RDWR | O_NOCTTY | O_NONBLOCK | O_CLOEXEC;

    public override nuint TiocExcl => TIOCEXCL;

    public override nuint TiocNxcl => TIOCNXCL;

    public override int TcIFlush => TCIFLUSH;

    public override int TcIOFlush => TCIOFLUSH;

    public override short PollIn => POLLIN;

    public override short PollOut => POLLOUT;

    public override short PollErr => POLLERR;

    public override short PollHup => POLLHUP;

    public override short PollNval => POLLNVAL;

    public override int LockExclusiveNonBlocking => LOCK_EX | LOCK_NB;

    public override string PseudoTerminalPrefix => "/dev/pts/";

    public override Errno Classify(int errno) => errno switch
    {
        ENOENT => Errno.NoEntry,
        EACCES => Errno.AccessDenied,
        EPERM => Errno.NotPermitted,
        EBUSY => Errno.Busy,
        EIO => Errno.InputOutput,
        ENXIO => Errno.NoDeviceOrAddress,
        ENODEV => Errno.NoDevice,
        EAGAIN => Errno.WouldBlock,
        EINTR => Errno.Interrupted,
        ENOTTY => Errno.NotATerminal,
        EISDIR => Errno.IsDirectory,
        ENOTDIR => Errno.NotDirectory,
        EPIPE => Errno.BrokenPipe,
        EOPNOTSUPP => Errno.NotSupported,
        _ => Errno.Other,
    };

    public override unsafe int ConfigureRaw(int fd, bool setSpeed)
    {
        LinuxTermios t;
        if (LinuxTermiosCalls.tcgetattr(fd, &t) != 0)
        {
            return LastErrno();
        }

        LinuxTermiosCalls.cfmakeraw(&t);
        t.c_iflag &= ~(IXON | IXOFF | IXANY);
        t.c_cflag &= ~(CSIZE | PARENB | CSTOPB | CRTSCTS);
        t.c_cflag |= CS8 | CLOCAL | CREAD;
        t.c_cc[VMIN] = 1;
        t.c_cc[VTIME] = 0;
        if (setSpeed
            && (LinuxTermiosCalls.cfsetispeed(&t, B115200) != 0 || LinuxTermiosCalls.cfsetospeed(&t, B115200) != 0))
        {
            return LastErrno();
        }

        return LinuxTermiosCalls.tcsetattr(fd, TCSANOW, &t) == 0 ? 0 : LastErrno();
    }

    public override unsafe int Poll(PollFd* fd, int timeoutMilliseconds) => Libc.poll_linux(fd, 1, timeoutMilliseconds);

    public override int SetNonBlockingCloseOnExec(int fd)
    {
        int flags = Libc.fcntl_int(fd, F_GETFL, 0);
        if (flags < 0 || Libc.fcntl_int(fd, F_SETFL, flags | O_NONBLOCK) < 0 || Libc.fcntl_int(fd, F_SETFD, FD_CLOEXEC) < 0)
        {
            return LastErrno();
        }

        return 0;
    }
}
