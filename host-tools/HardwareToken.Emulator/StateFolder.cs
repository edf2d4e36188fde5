using System;
using System.IO;

namespace HardwareToken.Emulator;

/// <summary>
/// The emulator's state folder: <c>token.bin</c> (the token's flash: accounts, secrets, clock calibration) and
/// <c>rtc.json</c> (the RTC's battery-backed setting). Private (0700, files 0600) and locked while an emulator
/// uses it, so two emulators never share one token.
/// </summary>
internal sealed class StateFolder : IDisposable
{
    /// <summary>The lock file's name.</summary>
    public const string LockFileName = ".lock";

    private const string AppFolderName = "hwtoken-emulator";

    private readonly FileStream _lock;

    private StateFolder(string path, FileStream lockFile)
    {
        Path = path;
        _lock = lockFile;
    }

    /// <summary>Full path of the folder.</summary>
    public string Path { get; }

    /// <summary>
    /// The default folder: ~/Library/Application Support/hwtoken-emulator on macOS, otherwise
    /// $XDG_DATA_HOME/hwtoken-emulator, or ~/.local/share/hwtoken-emulator when XDG_DATA_HOME is unset or relative.
    /// </summary>
    public static string DefaultPath()
    {
        string home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        if (OperatingSystem.IsMacOS())
        {
            return System.IO.Path.Combine(home, "Library", "Application Support", AppFolderName);
        }

        string? xdg = Environment.GetEnvironmentVariable("XDG_DATA_HOME");
        string data = !string.IsNullOrEmpty(xdg) && System.IO.Path.IsPathRooted(xdg)
            ? xdg
            : System.IO.Path.Combine(home, ".local", "share");
        return System.IO.Path.Combine(data, AppFolderName);
    }

    /// <summary>Creates or tightens the folder (0700) and takes its lock.</summary>
    /// <exception cref="IOException">Another emulator holds the folder, or it cannot be created.</exception>
    public static StateFolder Open(string path, TextWriter? log)
    {
        string full = System.IO.Path.GetFullPath(path);
        PrivateFiles.EnsureDirectory(full, log);
        string lockPath = System.IO.Path.Combine(full, LockFileName);
        var options = new FileStreamOptions
        {
            Mode = FileMode.OpenOrCreate,
            Access = FileAccess.ReadWrite,
            Share = FileShare.None, // an exclusive flock() on Unix, released by the kernel if we die
        };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = PrivateFiles.FileMode;
        }

        try
        {
            return new StateFolder(full, new FileStream(lockPath, options));
        }
        catch (IOException e)
        {
            throw new IOException($"the state folder {full} is in use by another hwtoken-emulator ({e.Message}); pass another --state", e);
        }
    }

    /// <summary>Releases the lock.</summary>
    public void Dispose() => _lock.Dispose();
}
