using System.Runtime.InteropServices;

namespace HardwareToken.Transport.Native;

/// <summary>
/// Darwin's <c>struct termios</c> (&lt;sys/termios.h&gt;): four unsigned long flag words, c_cc[20], then the
/// two unsigned long speeds at offset 56; 72 bytes in all.
/// </summary>
[StructLayout(LayoutKind.Sequential)]
internal unsafe struct MacOSTermios
{
    public ulong c_iflag;
    public ulong c_oflag;
    public ulong c_cflag;
    public ulong c_lflag;
    public fixed byte c_cc[MacOSConstants.NCCS];
    public ulong c_ispeed;
    public ulong c_ospeed;
}

/// <summary>The termios calls taking the macOS struct.</summary>
internal static unsafe partial class MacOSTermiosCalls
{
    static MacOSTermiosCalls() => NativeLibraries.EnsureRegistered();

    [LibraryImport(NativeLibraries.Libc, EntryPoint = "tcgetattr", SetLastError = true)]
    public static partial int tcgetattr(int fd, MacOSTermios* termios);

    [LibraryImport(NativeLibraries.Libc, EntryPoint = "tcsetattr", SetLastError = true)]
    public static partial int tcsetattr(int fd, int optionalActions, MacOSTermios* termios);

    [LibraryImport(NativeLibraries.Libc, EntryPoint = "cfmakeraw")]
    public static partial void cfmakeraw(MacOSTermios* termios);

    [LibraryImport(NativeLibraries.Libc, EntryPoint = "cfsetispeed", SetLastError = true)]
    public static partial int cfsetispeed(MacOSTermios* termios, ulong speed);

    [LibraryImport(NativeLibraries.Libc, EntryPoint = "cfsetospeed", SetLastError = true)]
    public static partial int cfsetospeed(MacOSTermios* termios, ulong speed);
}
