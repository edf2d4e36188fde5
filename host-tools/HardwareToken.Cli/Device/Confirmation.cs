using System;

namespace HardwareToken.Cli.Device;

/// <summary>The y/N question before a destructive change. Only a typed "y" or "yes" goes ahead.</summary>
internal static class Confirmation
{
    /// <summary>
    /// Asks <paramref name="question"/> on standard error and reads the answer from the keyboard. Without a
    /// keyboard (stdin piped) nothing can be asked: the command stops with <paramref name="situation"/> and
    /// says to add --force.
    /// </summary>
    /// <param name="env">Streams.</param>
    /// <param name="situation">What is at stake, e.g. "slot 1 holds \"AWS\"".</param>
    /// <param name="question">The question, e.g. "Replace it?".</param>
    /// <param name="forceMeans">What --force would do, e.g. "replace it".</param>
    /// <exception cref="CliFailure">Declined (exit 5, nothing changed), or no keyboard (exit 2).</exception>
    public static void Require(CliEnvironment env, string situation, string question, string forceMeans)
    {
        if (!env.InputIsTerminal)
        {
            throw new CliFailure(ExitCodes.UsageError,
                $"{situation}; add --force to {forceMeans} (standard input is not a terminal, so hwtoken cannot ask)");
        }

        env.Error.Write($"{situation}. {question} [y/N] ");
        env.Error.Flush();
        string answer = (env.In.ReadLine() ?? string.Empty).Trim();
        if (!answer.Equals("y", StringComparison.OrdinalIgnoreCase) && !answer.Equals("yes", StringComparison.OrdinalIgnoreCase))
        {
            throw new CliFailure(ExitCodes.DeviceRefused, "cancelled; nothing was changed");
        }
    }
}
