using System;
using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Threading;
using HardwareToken.Transport.Native;

namespace HardwareToken.Transport;

/// <summary>
/// Timed reads and writes on a non-blocking terminal descriptor with poll(). Shared by the serial port (where a
/// hang-up means the device vanished) and the pseudo-terminal master (where it only means no client is attached).
/// </summary>
internal sealed class TerminalChannel : IDisposable
{
    /// <summary>How long the pseudo-terminal waits between looks while no client is attached.</summary>
    private static readonly TimeSpan NoPeerBackoff = TimeSpan.FromMilliseconds(20);

    private readonly SafeFileDescriptor fd;
    private readonly string path;
    private readonly bool hangUpMeansNoPeer;

    public TerminalChannel(SafeFileDescriptor fd, string path, bool hangUpMeansNoPeer)
    {
        this.fd = fd;
        this.path = path;
        this.hangUpMeansNoPeer = hangUpMeansNoPeer;
    }

    public SafeFileDescriptor Descriptor => fd;

    public unsafe int Read(Span<byte> buffer, TimeSpan timeout)
    {
        long deadline = Deadline(timeout);
        if (buffer.IsEmpty)
        {
            return 0;
        }

        PosixPlatform os = PosixPlatform.Current;
        while (true)
        {
            ThrowIfClosed();
            nint n;
            int errno = 0;
            fixed (byte* p = buffer)
            {
                using SafeFileDescriptor.Lease lease = fd.Borrow();
                n = Libc.read(lease.Fd, p, (nuint)buffer.Length);
                if (n < 0)
                {
                    errno = Marshal.GetLastPInvokeError();
                }
            }

            if (n > 0)
            {
                return (int)n;
            }

            if (n == 0 || (os.Classify(errno) is Errno.InputOutput or Errno.NoDeviceOrAddress or Errno.NoDevice))
            {
                // End of file or EIO: the other side hung up.
                if (!hangUpMeansNoPeer)
                {
                    throw SerialErrors.Vanished(path, errno);
                }

                if (!WaitWithoutPeer(deadline))
                {
                    return 0;
                }

                continue;
            }

            Errno kind = os.Classify(errno);
            if (kind == Errno.Interrupted)
            {
                continue;
            }

            if (kind != Errno.WouldBlock)
            {
                throw SerialErrors.ExchangeFailed(path, errno, "read");
            }

            short events = PollFor(os.PollIn, deadline);
            if (events == 0)
            {
                return 0;
            }

            if ((events & os.PollIn) == 0 && (events & (os.PollHup | os.PollErr)) != 0)
            {
                if (!hangUpMeansNoPeer)
                {
                    throw SerialErrors.Vanished(path, 0);
                }

                if (!WaitWithoutPeer(deadline))
                {
                    return 0;
                }
            }
        }
    }

    /// <summary>Writes everything; returns false when the descriptor accepted nothing for <paramref name="timeout"/>.</summary>
    public unsafe bool TryWrite(ReadOnlySpan<byte> data, TimeSpan timeout, out int written)
    {
        written = 0;
        PosixPlatform os = PosixPlatform.Current;
        long deadline = Deadline(timeout);
        while (written < data.Length)
        {
            ThrowIfClosed();
            nint n;
            int errno = 0;
            fixed (byte* p = data)
            {
                using SafeFileDescriptor.Lease lease = fd.Borrow();
                n = Libc.write(lease.Fd, p + written, (nuint)(data.Length - written));
                if (n < 0)
                {
                    errno = Marshal.GetLastPInvokeError();
                }
            }

            if (n > 0)
            {
                written += (int)n;
                deadline = Deadline(timeout);
                continue;
            }

            Errno kind = n == 0 ? Errno.WouldBlock : os.Classify(errno);
            if (kind == Errno.Interrupted)
            {
                continue;
            }

            if (kind != Errno.WouldBlock)
            {
                throw SerialErrors.ExchangeFailed(path, errno, "write");
            }

            short events = PollFor(os.PollOut, deadline);
            if (events == 0)
            {
                return false;
            }

            if ((events & os.PollOut) == 0 && (events & (os.PollHup | os.PollErr)) != 0 && !hangUpMeansNoPeer)
            {
                throw SerialErrors.Vanished(path, 0);
            }
        }

        return true;
    }

    public void Dispose() => fd.Dispose();

    private static long Deadline(TimeSpan timeout)
    {
        if (timeout == Timeout.InfiniteTimeSpan)
        {
            return long.MaxValue;
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(timeout, TimeSpan.Zero);
        double ticks = timeout.TotalSeconds * Stopwatch.Frequency;
        long now = Stopwatch.GetTimestamp();
        return ticks >= long.MaxValue - now ? long.MaxValue : now + (long)ticks;
    }

    private static int RemainingMilliseconds(long deadline)
    {
        if (deadline == long.MaxValue)
        {
            return -1;
        }

        long left = deadline - Stopwatch.GetTimestamp();
        if (left <= 0)
        {
            return 0;
        }

        double ms = Math.Ceiling(left * 1000.0 / Stopwatch.Frequency);
        return ms >= int.MaxValue ? int.MaxValue : (int)ms;
    }

    /// <summary>Polls for <paramref name="wanted"/> until the deadline; returns revents, 0 on timeout.</summary>
    private unsafe short PollFor(short wanted, long deadline)
    {
        PosixPlatform os = PosixPlatform.Current;
        while (true)
        {
            int wait = RemainingMilliseconds(deadline);
            if (wait == 0)
            {
                return 0;
            }

            PollFd pfd = default;
            pfd.Events = wanted;
            int errno = 0;
            int result;
            using (SafeFileDescriptor.Lease lease = fd.Borrow())
            {
                pfd.Fd = lease.Fd;
                result = os.Poll(&pfd, wait);
                if (result < 0)
                {
                    errno = Marshal.GetLastPInvokeError();
                }
            }

            if (result < 0)
            {
                if (os.Classify(errno) == Errno.Interrupted)
                {
                    continue;
                }

                throw SerialErrors.ExchangeFailed(path, errno, "poll");
            }

            if (result == 0)
            {
                continue; // re-check the deadline (poll may wake a little early)
            }

            if ((pfd.Revents & os.PollNval) != 0)
            {
                throw new ObjectDisposedException(path, "the port was closed during the call");
            }

            return pfd.Revents;
        }
    }

    /// <summary>Sleeps a little (the deadline permitting); false once the deadline has passed.</summary>
    private static bool WaitWithoutPeer(long deadline)
    {
        int left = RemainingMilliseconds(deadline);
        if (left == 0)
        {
            return false;
        }

        int nap = left < 0 ? (int)NoPeerBackoff.TotalMilliseconds : Math.Min(left, (int)NoPeerBackoff.TotalMilliseconds);
        Thread.Sleep(nap);
        return true;
    }

    private void ThrowIfClosed()
    {
        if (fd.IsClosed)
        {
            throw new ObjectDisposedException(path, "the port is closed");
        }
    }
}
