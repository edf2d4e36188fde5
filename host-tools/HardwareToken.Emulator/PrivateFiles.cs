using System;
using System.IO;

namespace HardwareToken.Emulator;

/// <summary>
/// The state folder holds the accounts' secrets (in plaintext, like the device's flash), so it is kept private:
/// the folder 0700 and every file in it 0600, created that way and tightened if found looser.
/// </summary>
internal static class PrivateFiles
{
    /// <summary>rwx------</summary>
    public const UnixFileMode DirectoryMode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;

    /// <summary>rw-------</summary>
    public const UnixFileMode FileMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    /// <summary>
    /// Creates <paramref name="path"/> (and missing parents) with mode 0700, or tightens an existing folder to
    /// 0700. Reports a tightening on <paramref name="log"/>.
    /// </summary>
    /// <exception cref="IOException">The path exists and is not a folder.</exception>
    public static void EnsureDirectory(string path, TextWriter? log)
    {
        if (File.Exists(path))
        {
            throw new IOException($"{path} is a file, not a folder");
        }

        if (!Directory.Exists(path))
        {
            if (OperatingSystem.IsWindows())
            {
                Directory.CreateDirectory(path);
                return;
            }

            string? parent = Path.GetDirectoryName(Path.GetFullPath(path));
            if (parent is not null)
            {
                Directory.CreateDirectory(parent);
            }

            Directory.CreateDirectory(path, DirectoryMode);
        }

        Tighten(path, DirectoryMode, log);
    }

    /// <summary>Tightens an existing file to 0600, reporting on <paramref name="log"/>.</summary>
    public static void EnsureFile(string path, TextWriter? log) => Tighten(path, FileMode, log);

    /// <summary>
    /// Replaces <paramref name="path"/> with <paramref name="contents"/> atomically (a 0600 temporary file,
    /// flushed to disk, then renamed over it), so a crash leaves either the old file or the new one.
    /// </summary>
    public static void WriteAtomically(string path, ReadOnlySpan<byte> contents)
    {
        string temporary = path + ".tmp";
        var options = new FileStreamOptions
        {
            Mode = System.IO.FileMode.Create,
            Access = FileAccess.Write,
            Share = FileShare.None,
        };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = FileMode;
        }

        using (var stream = new FileStream(temporary, options))
        {
            stream.Write(contents);
            stream.Flush(flushToDisk: true);
        }

        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(temporary, FileMode);
        }

        File.Move(temporary, path, overwrite: true);
    }

    private static void Tighten(string path, UnixFileMode wanted, TextWriter? log)
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        UnixFileMode mode = File.GetUnixFileMode(path);
        if (mode != wanted)
        {
            File.SetUnixFileMode(path, wanted);
            log?.WriteLine($"hwtoken-emulator: {path} had mode {Octal(mode)}; set to {Octal(wanted)} (it holds secrets)");
        }
    }

    private static string Octal(UnixFileMode mode) => Convert.ToString((int)mode, 8).PadLeft(4, '0');
}
