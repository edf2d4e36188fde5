using System.CommandLine;
using HardwareToken.Cli.Device;
using HardwareToken.Cli.Provisioning;

namespace HardwareToken.Cli.Commands;

/// <summary>
/// <c>hwtoken provision</c>: writes a TOTP secret into a slot of the token and proves it landed. Every input is
/// checked before the port is opened; then Info, slot choice (asks before replacing), clock sync, PutSecret with
/// the button, Verify against this computer's code, and the fingerprint check.
/// </summary>
internal static class ProvisionCommand
{
    public static Command Create(CliEnvironment env)
    {
        var options = new ProvisionOptions();
        var command = new Command(
            "provision",
            "Write a TOTP secret (base32 or otpauth://totp URI) into a slot of the token, then check that the token computes the same codes as this computer.\n"
            + "The secret comes from stdin (a hidden prompt on a terminal), --secret-file or --qr; never from an argument.\n"
            + "The token asks for its button twice: to set its clock (unless --no-time-sync) and to write the slot.\n\n"
            + "Examples:\n"
            + "  hwtoken provision --port /dev/ttyUSB0                       (paste the secret at the hidden prompt)\n"
            + "  hwtoken provision --port /dev/ttyUSB0 --slot 2 --label \"AWS backup\" --secret-file aws.txt\n"
            + "  hwtoken provision --port /dev/ttyUSB0 --qr aws-qr.png --force");
        options.AddTo(command);
        command.SetAction(parse => Run(env, parse, options));
        return command;
    }

    private static int Run(CliEnvironment env, ParseResult parse, ProvisionOptions options)
    {
        string port = PortChoice.Resolve(env, parse.GetValue(DeviceOptions.Port));
        using ProvisionPlan plan = ProvisionPlan.Build(env, parse, options);
        foreach (string note in plan.Notes)
        {
            env.Error.WriteLine("note: " + note);
        }

        using TokenConnection device = TokenConnection.Open(env, port);
        Describe(env, device);
        Provisioner.Result result = Provisioner.Run(env, device, plan);
        env.Out.WriteLine($"slot {SlotNumber.ToUser(result.Slot)} \"{result.Label}\" written and verified");
        return ExitCodes.Ok;
    }

    /// <summary>One line about the token found on the port.</summary>
    internal static void Describe(CliEnvironment env, TokenConnection device) =>
        env.Error.WriteLine($"token on {device.Port}: firmware {device.Info.FirmwareVersion}, {device.Info.SlotsUsed} of {device.Info.SlotCount} slots used");
}
