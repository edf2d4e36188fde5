using System;

namespace HardwareToken.Cli;

/// <summary>
/// A failure a verb has already put into words, with the exit code to end with (ykman's CliFail). Program
/// prints the message and no stack trace.
/// </summary>
public sealed class CliFailure : Exception
{
    public CliFailure(int exitCode, string message)
        : base(message)
    {
        ExitCode = exitCode;
    }

    /// <summary>One of <see cref="ExitCodes"/>.</summary>
    public int ExitCode { get; }
}
