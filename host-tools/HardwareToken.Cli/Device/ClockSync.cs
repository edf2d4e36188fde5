using System;
using HardwareToken.Core.Protocol;
using HardwareToken.Protocol;

namespace HardwareToken.Cli.Device;

/// <summary>
/// Sets the token's clock to this computer's UTC (SetTime): waits until the host clock ticks over a whole
/// second, sends that second, shows the token's old time, the new time and the jump from the interim reply,
/// and counts down while the token waits for its button. The token adds the time the press took itself.
/// </summary>
internal static class ClockSync
{
    /// <summary>What the sync did.</summary>
    /// <param name="Before">The token's clock when it received the request; null when it was not set.</param>
    /// <param name="Sent">The UTC sent, Unix seconds.</param>
    public sealed record Result(long? Before, long Sent)
    {
        /// <summary>How far the clock moved; null when it was not set before.</summary>
        public long? Jump => Before is long before ? Sent - before : null;
    }

    /// <summary>Runs the exchange; the caller handles refusals (declined, timeout) through the usual translation.</summary>
    public static Result Run(CliEnvironment env, TokenConnection device)
    {
        long sent = NextWholeSecond(env);
        if (sent < ProtocolLimits.MinSettableUnixSeconds || sent >= ProtocolLimits.EndSettableUnixSeconds)
        {
            throw new CliFailure(ExitCodes.InputError,
                $"this computer's clock says {TimeText.Utc(sent)}, outside what the token can hold (2000 to 2099); fix the computer's clock (timedatectl) first");
        }

        SetTimePending? pending = null;
        using (var prompt = new ButtonPrompt(env, $"set its clock to {TimeText.Utc(sent)}"))
        {
            device.Session.SetTime(sent, p =>
            {
                pending = p;
                env.Error.WriteLine(p.DeviceUtc is long before
                    ? $"token clock: {TimeText.Utc(before)} -> {TimeText.Utc(sent)} (jump {TimeText.Signed(sent - before)})"
                    : $"token clock: not set -> {TimeText.Utc(sent)}");
                prompt.Start(p.SecondsToWait);
            });
        }

        return new Result(pending?.DeviceUtc, sent);
    }

    /// <summary>Sleeps until the host clock has just ticked over a whole second and returns that second.</summary>
    private static long NextWholeSecond(CliEnvironment env)
    {
        long milliseconds = env.Now().ToUnixTimeMilliseconds();
        long fraction = ((milliseconds % 1000) + 1000) % 1000;
        if (fraction != 0)
        {
            env.Sleep(TimeSpan.FromMilliseconds(1000 - fraction));
        }

        return env.Now().ToUnixTimeSeconds();
    }
}
