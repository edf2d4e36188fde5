namespace HardwareToken.Cli;

/// <summary>The process exit codes of every verb (documented in docs/cli.md).</summary>
public static class ExitCodes
{
    /// <summary>Success.</summary>
    public const int Ok = 0;

    /// <summary>A bug or an unforeseen failure; a stack trace is printed.</summary>
    public const int Unexpected = 1;

    /// <summary>The command line is wrong: unknown verb or option, bad option value, a secret given as an argument.</summary>
    public const int UsageError = 2;

    /// <summary>The secret (stdin or --secret-file) is missing, unreadable, malformed or unsupported.</summary>
    public const int InputError = 3;

    /// <summary>No token: no such port, not a serial port, permission denied, port busy, unplugged, no ports at all.</summary>
    public const int DeviceNotFound = 4;

    /// <summary>The token answered but refused the request.</summary>
    public const int DeviceRefused = 5;

    /// <summary>The token did not answer in time.</summary>
    public const int Timeout = 6;

    /// <summary>The token's code differs from the one computed on this computer.</summary>
    public const int VerificationMismatch = 7;
}
