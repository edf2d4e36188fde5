using System.Runtime.InteropServices;

namespace HardwareToken.Transport.Native;

/// <summary><c>struct pollfd</c>: the same layout on Linux and macOS (&lt;poll.h&gt;).</summary>
[StructLayout(LayoutKind.Sequential)]
internal struct PollFd
{
    public int Fd;
    public short Events;
    public short Revents;
}
