using System;
using System.Reflection;
using System.Runtime.InteropServices;
using System.Threading;

namespace HardwareToken.Transport.Native;

/// <summary>
/// Maps the two logical library names used by the imports to real files per OS. <c>openpty</c> moved
/// from libutil into libc in glibc 2.34; on macOS it lives in libutil / libSystem.
/// </summary>
internal static class NativeLibraries
{
    public const string Libc = "hwtoken-libc";
    public const string Pty = "hwtoken-openpty";

    private static int registered;

    /// <summary>Installs the resolver once for this assembly; call before the first import runs.</summary>
    public static void EnsureRegistered()
    {
        if (Interlocked.Exchange(ref registered, 1) == 0)
        {
            NativeLibrary.SetDllImportResolver(typeof(NativeLibraries).Assembly, Resolve);
        }
    }

    private static IntPtr Resolve(string name, Assembly assembly, DllImportSearchPath? searchPath)
    {
        if (name == Libc)
        {
            return OperatingSystem.IsMacOS()
                ? LoadFirst(["/usr/lib/libSystem.B.dylib"], export: null)
                : LoadFirst(["libc.so.6", "libc.so"], export: null);
        }

        if (name == Pty)
        {
            return OperatingSystem.IsMacOS()
                ? LoadFirst(["/usr/lib/libutil.dylib", "/usr/lib/libSystem.B.dylib"], export: "openpty")
                : LoadFirst(["libc.so.6", "libutil.so.1", "libutil.so"], export: "openpty");
        }

        return IntPtr.Zero;
    }

    private static IntPtr LoadFirst(string[] candidates, string? export)
    {
        foreach (string candidate in candidates)
        {
            if (!NativeLibrary.TryLoad(candidate, out IntPtr library))
            {
                continue;
            }

            if (export is null || NativeLibrary.TryGetExport(library, export, out _))
            {
                return library;
            }
        }

        return IntPtr.Zero;
    }
}
