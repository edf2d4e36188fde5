using System.Runtime.InteropServices;

namespace HardwareToken.Transport.Native;

/// <summary>
/// glibc's <c>struct termios</c> on x86-64 and arm64 (&lt;bits/termios-struct.h&gt;): four unsigned int flag
/// words, c_line, c_cc[32], then the two unsigned int speeds at offset 52; 60 bytes in all.
/// </summary>
[StructLayout(LayoutKind.Sequential)]
internal unsafe struct LinuxTermios
{
    public uint c_iflag;
    public uint c_oflag;
    public uint c_cflag;
    public uint c_lflag;
    public byte c_line;
    public fixed byte c_cc[LinuxConstants.NCCS];
    public uint c_ispeed;
    public uint c_ospeed;
}

/// <summary>The termios calls taking the Linux struct.</summary>
internal static unsafe partial class LinuxTermiosCalls
{
    static LinuxTermiosCalls() => NativeLibraries.EnsureRegistered();

    [LibraryImport(NativeLibraries.Libc, EntryPoint = "tcgetattr", SetLastError = true)]
    public static partial int tcgetattr(int fd, LinuxTermios* termios);

    [LibraryImport(NativeLibraries.Libc, EntryPoint = "tcsetattr", SetLastError = true)]
    public static partial int tcsetattr(int fd, int optionalActions, LinuxTermios* termios);

    [LibraryImport(NativeLibraries.Libc, EntryPoint = "cfmakeraw")]
    public static partial void cfmakeraw(LinuxTermios* termios);

    [LibraryImport(NativeLibraries.Libc, EntryPoint = "cfsetispeed", SetLastError = true)]
    public static partial int cfsetispeed(LinuxTermios* termios, uint speed);

    [LibraryImport(NativeLibraries.Libc, EntryPoint = "cfsetospeed", SetLastError = true)]
    public static partial int cfsetospeed(LinuxTermios* termios, uint speed);
}
