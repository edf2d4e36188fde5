namespace HardwareToken.Emulator;

/// <summary>The emulator's exit codes.</summary>
internal static class ExitCodes
{
    /// <summary>Quit normally (q, quit, end of input, SIGTERM/SIGINT).</summary>
    public const int Ok = 0;

    /// <summary>Could not start or run: state folder in use or unreadable, no pseudo-terminal, a bug.</summary>
    public const int Failure = 1;

    /// <summary>Bad command line, or interactive mode without a terminal.</summary>
    public const int UsageError = 2;
}
