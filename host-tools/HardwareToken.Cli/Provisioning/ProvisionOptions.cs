using System.CommandLine;
using System.IO;
using HardwareToken.Cli.Device;

namespace HardwareToken.Cli.Provisioning;

/// <summary>The options of the verbs that write an account (provision, enroll). One set of instances per command.</summary>
internal sealed class ProvisionOptions
{
    public Option<int?> Slot { get; } = SlotNumber.CreateOption(
        "Slot to write, 1 to 8 (as the token's screen numbers them). Default: the first empty slot.");

    public Option<string?> Label { get; } = new("--label", "-l")
    {
        Description = "Account name the token shows, 1 to 12 printable ASCII characters. "
            + "Default: made from an otpauth URI's issuer and account, else \"" + LabelRules.Default + "\".",
        HelpName = "LABEL",
        CustomParser = result =>
        {
            string value = result.Tokens[0].Value;
            if (LabelRules.Problem(value) is string problem)
            {
                result.AddError(problem);
                return null;
            }

            return value;
        },
    };

    public Option<FileInfo?> Qr { get; } = new("--qr")
    {
        Description = "Read the secret from a QR code image, PNG or JPEG (a screenshot of AWS's \"Show QR code\", or a photo of it), which must "
            + "hold one otpauth://totp URI. Decoded inside hwtoken: no other program is needed.",
        HelpName = "IMAGE",
    };

    public Option<bool> NoTimeSync { get; } = new("--no-time-sync")
    {
        Description = "Do not set the token's clock first (by default it is set to this computer's UTC, which needs one more press).",
    };

    public Option<int?> Digits { get; } = new("--digits", "-d")
    {
        Description = "Code length, 6 or 8. Default: digits= of an otpauth URI, else 6 (AWS).",
        HelpName = "6|8",
        CustomParser = result => OptionParsers.OneOf(result, [6, 8], "--digits must be 6 or 8 (AWS uses 6)"),
    };

    public Option<int?> Period { get; } = new("--period", "-p")
    {
        Description = "Time step in seconds, 30 or 60. Default: period= of an otpauth URI, else 30 (AWS).",
        HelpName = "30|60",
        CustomParser = result => OptionParsers.OneOf(result, [30, 60], "--period must be 30 or 60 (AWS uses 30)"),
    };

    /// <summary>Adds every option (and --port, --secret-file, --force) to <paramref name="command"/>.</summary>
    public void AddTo(Command command)
    {
        command.Options.Add(DeviceOptions.Port);
        command.Options.Add(Slot);
        command.Options.Add(Label);
        command.Options.Add(CommonOptions.SecretFile);
        command.Options.Add(Qr);
        command.Options.Add(NoTimeSync);
        command.Options.Add(Digits);
        command.Options.Add(Period);
        command.Options.Add(DeviceOptions.Force);
        command.Validators.Add(result =>
        {
            if (result.GetResult(Qr) is not null && result.GetResult(CommonOptions.SecretFile) is not null)
            {
                result.AddError("--qr and --secret-file both give the secret; use one of them");
            }
        });
    }
}
