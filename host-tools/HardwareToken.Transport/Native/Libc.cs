using System.Runtime.InteropServices;

namespace HardwareToken.Transport.Native;

/// <summary>
/// The libc calls whose C signatures are the same on Linux and macOS (x86-64 and arm64). Variadic functions
/// are only ever called without their variadic part, except <c>fcntl</c>, which has its own wrapper.
/// </summary>
internal static unsafe partial class Libc
{
    static Libc() => NativeLibraries.EnsureRegistered();

    [LibraryImport(NativeLibraries.Libc, EntryPoint = "open", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    public static partial int open(string path, int flags);

    [LibraryImport(NativeLibraries.Libc, EntryPoint = "close", SetLastError = true)]
    public static partial int close(int fd);

    [LibraryImport(NativeLibraries.Libc, EntryPoint = "read", SetLastError = true)]
    public static partial nint read(int fd, byte* buffer, nuint count);

    [LibraryImport(NativeLibraries.Libc, EntryPoint = "write", SetLastError = true)]
    public static partial nint write(int fd, byte* buffer, nuint count);

    /// <summary><c>int ioctl(int, unsigned long, ...)</c> called with no third argument (TIOCEXCL, TIOCNXCL).</summary>
    [LibraryImport(NativeLibraries.Libc, EntryPoint = "ioctl", SetLastError = true)]
    public static partial int ioctl(int fd, nuint request);

    [LibraryImport(NativeLibraries.Libc, EntryPoint = "flock", SetLastError = true)]
    public static partial int flock(int fd, int operation);

    [LibraryImport(NativeLibraries.Libc, EntryPoint = "tcflush", SetLastError = true)]
    public static partial int tcflush(int fd, int queueSelector);

    /// <summary>Returns 0 or an error number (it does not set errno).</summary>
    [LibraryImport(NativeLibraries.Libc, EntryPoint = "ttyname_r")]
    public static partial int ttyname_r(int fd, byte* buffer, nuint length);

    [LibraryImport(NativeLibraries.Libc, EntryPoint = "isatty")]
    public static partial int isatty(int fd);

    /// <summary><c>nfds_t</c> is <c>unsigned long</c> on Linux and <c>unsigned int</c> on macOS: a count of 1 passes in one register either way.</summary>
    [LibraryImport(NativeLibraries.Libc, EntryPoint = "poll", SetLastError = true)]
    public static partial int poll(PollFd* fds, nuint count, int timeoutMilliseconds);

    /// <summary><c>ioctl(fd, request, int*)</c> (TIOCMBIC) where variadic arguments travel like fixed ones.</summary>
    [LibraryImport(NativeLibraries.Libc, EntryPoint = "ioctl", SetLastError = true)]
    public static partial int ioctl_pointer(int fd, nuint request, int* argument);

    /// <summary>The same for Apple arm64 (see <see cref="fcntl_int_darwin_arm64"/> for the six dummies).</summary>
    [LibraryImport(NativeLibraries.Libc, EntryPoint = "ioctl", SetLastError = true)]
    public static partial int ioctl_pointer_darwin_arm64(int fd, nuint request, nint x2, nint x3, nint x4, nint x5, nint x6, nint x7, int* argument);

    /// <summary>
    /// <c>int fcntl(int, int, ...)</c> with one int argument, where variadic arguments travel like fixed ones
    /// (Linux on x86-64 and arm64, macOS on x86-64).
    /// </summary>
    [LibraryImport(NativeLibraries.Libc, EntryPoint = "fcntl", SetLastError = true)]
    public static partial int fcntl_int(int fd, int command, int argument);

    /// <summary>
    /// The same call for Apple arm64, whose ABI passes variadic arguments on the stack: six dummy arguments fill
    /// the remaining argument registers x2..x7 so that <paramref name="argument"/> lands in the first stack slot,
    /// where the callee's va_arg reads it.
    /// </summary>
    [LibraryImport(NativeLibraries.Libc, EntryPoint = "fcntl", SetLastError = true)]
    public static partial int fcntl_int_darwin_arm64(int fd, int command, nint x2, nint x3, nint x4, nint x5, nint x6, nint x7, nint argument);

    [LibraryImport(NativeLibraries.Pty, EntryPoint = "openpty", SetLastError = true)]
    public static partial int openpty(int* master, int* slave, byte* name, void* termios, void* winsize);
}
