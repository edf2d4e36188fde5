using System;
using System.Runtime.InteropServices;

namespace HardwareToken.Transport.Native;

/// <summary>
/// The termios calls on a <c>struct termios</c> held in a byte buffer, so one set of imports serves Linux
/// (60 bytes, 4-byte flag words) and macOS (72 bytes, 8-byte flag words). speed_t is passed as nuint: unsigned
/// int on Linux, unsigned long on macOS, one 64-bit register either way.
/// </summary>
internal static unsafe partial class Termios
{
    /// <summary>Larger than either OS's struct; TermiosLayoutTests checks tcgetattr writes no further than the shape says.</summary>
    public const int BufferSize = 128;

    static Termios() => NativeLibraries.EnsureRegistered();

    [LibraryImport(NativeLibraries.Libc, EntryPoint = "tcgetattr", SetLastError = true)]
    public static partial int tcgetattr(int fd, byte* termios);

    [LibraryImport(NativeLibraries.Libc, EntryPoint = "tcsetattr", SetLastError = true)]
    public static partial int tcsetattr(int fd, int optionalActions, byte* termios);

    [LibraryImport(NativeLibraries.Libc, EntryPoint = "cfmakeraw")]
    public static partial void cfmakeraw(byte* termios);

    [LibraryImport(NativeLibraries.Libc, EntryPoint = "cfsetispeed", SetLastError = true)]
    public static partial int cfsetispeed(byte* termios, nuint speed);

    [LibraryImport(NativeLibraries.Libc, EntryPoint = "cfsetospeed", SetLastError = true)]
    public static partial int cfsetospeed(byte* termios, nuint speed);
}

/// <summary>The four flag words at the start of a termios buffer (c_iflag, c_oflag, c_cflag, c_lflag), at the OS's width.</summary>
internal readonly unsafe ref struct TermiosFlags
{
    public const int Input = 0;
    public const int Output = 1;
    public const int Control = 2;
    public const int Local = 3;

    private readonly byte* start;
    private readonly int width;

    public TermiosFlags(byte* start, int width)
    {
        if (width is not (4 or 8))
        {
            throw new ArgumentOutOfRangeException(nameof(width), "tcflag_t is 4 or 8 bytes");
        }

        this.start = start;
        this.width = width;
    }

    public ulong this[int word]
    {
        get => width == 4 ? *(uint*)(start + (word * 4)) : *(ulong*)(start + (word * 8));
        set
        {
            if (width == 4)
            {
                *(uint*)(start + (word * 4)) = (uint)value;
            }
            else
            {
                *(ulong*)(start + (word * 8)) = value;
            }
        }
    }
}
