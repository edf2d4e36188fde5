using System.CommandLine;
using HardwareToken.Cli.Device;
using HardwareToken.Protocol;

namespace HardwareToken.Cli.Commands;

/// <summary>
/// <c>hwtoken sync-time</c>: sets the token's clock to this computer's UTC after a press on the token, showing
/// the jump before (from the token's interim reply) and the clock after.
/// </summary>
internal static class SyncTimeCommand
{
    public static Command Create(CliEnvironment env)
    {
        var command = new Command(
            "sync-time",
            "Set the token's clock to this computer's UTC (keep the computer synced with NTP). The token shows the old time,\n"
            + "the new time and the jump, and waits 30 s for its button: a press confirms, a long press cancels.\n"
            + "Each sync also refines the token's drift estimate.\n\n"
            + "Examples:\n"
            + "  hwtoken sync-time --port /dev/ttyUSB0\n"
            + "  hwtoken sync-time                (when the token is the only serial port)");
        command.Options.Add(DeviceOptions.Port);
        command.SetAction(parse => Run(env, parse));
        return command;
    }

    private static int Run(CliEnvironment env, ParseResult parse)
    {
        string port = PortChoice.Resolve(env, parse.GetValue(DeviceOptions.Port));
        using TokenConnection device = TokenConnection.Open(env, port);
        ProvisionCommand.Describe(env, device);
        ClockSync.Result result = ClockSync.Run(env, device);
        TokenInfo after = device.Refresh();
        long host = env.Now().ToUnixTimeSeconds();
        env.Out.WriteLine(result.Jump is long jump
            ? $"token clock set: it was {TimeText.Utc(result.Before!.Value)}, the jump was {TimeText.Signed(jump)}"
            : "token clock set: it was not set before");
        env.Out.WriteLine(after.DeviceUtc is long now
            ? $"token clock now {TimeText.Utc(now)}, offset {TimeText.Signed(now - host)} from this computer"
            : "the token still reports its clock as not set: its RTC may be faulty (see docs/hardware)");
        env.Out.WriteLine($"drift estimate {TimeText.Ppm(after.DriftPartsPerBillion)} after {TimeText.Count(after.SyncCount, "sync")}");
        return after.ClockSet ? ExitCodes.Ok : ExitCodes.DeviceRefused;
    }
}
