using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using HardwareToken.Cli.Device;
using HardwareToken.Cli.Secrets;

namespace HardwareToken.Cli.Provisioning;

/// <summary>
/// Everything a write needs, checked before any port is opened: the secret (1..64 bytes, from stdin,
/// --secret-file or --qr), the label (1..12 printable ASCII), digits, period, the slot if one was given, and
/// the notes to show. Dispose wipes the key.
/// </summary>
internal sealed class ProvisionPlan : IDisposable
{
    private ProvisionPlan(OtpSecret secret, string label, int digits, int period, int? slot, bool force, bool syncTime, IReadOnlyList<string> notes)
    {
        Secret = secret;
        Label = label;
        Digits = digits;
        Period = period;
        Slot = slot;
        Force = force;
        SyncTime = syncTime;
        Notes = notes;
    }

    public OtpSecret Secret { get; }

    public string Label { get; }

    public int Digits { get; }

    public int Period { get; }

    /// <summary>The wire slot (0..7), or null for the first empty one.</summary>
    public int? Slot { get; }

    public bool Force { get; }

    public bool SyncTime { get; }

    /// <summary>Things to tell the user (URI overrides, a short secret, where the label came from).</summary>
    public IReadOnlyList<string> Notes { get; }

    /// <summary>Reads the secret and settles every parameter; throws the usual input failures (exit 3).</summary>
    public static ProvisionPlan Build(CliEnvironment env, ParseResult parse, ProvisionOptions options)
    {
        FileInfo? qr = parse.GetValue(options.Qr);
        OtpSecret secret = qr is not null ? QrSecret.Read(env, qr) : SecretInput.Read(env, parse.GetValue(CommonOptions.SecretFile));
        try
        {
            var notes = new List<string>(secret.Warnings);
            int digits = Resolve(parse.GetValue(options.Digits), secret.Digits, secret.DigitsFromUri, "--digits", "digits", notes);
            int period = Resolve(parse.GetValue(options.Period), secret.Period, secret.PeriodFromUri, "--period", "period", notes);
            string? label = parse.GetValue(options.Label);
            if (label is null)
            {
                string? fromUri = LabelRules.FromUri(secret.Issuer, secret.Account);
                if (fromUri is not null)
                {
                    label = fromUri;
                    notes.Add($"label \"{label}\" made from the otpauth URI's issuer and account (at most {LabelRules.MaxLength} printable ASCII characters); --label sets another");
                }
                else
                {
                    label = LabelRules.Default;
                    notes.Add($"label \"{label}\" (the default); --label sets another");
                }
            }

            int? userSlot = parse.GetValue(options.Slot);
            return new ProvisionPlan(
                secret,
                label,
                digits,
                period,
                userSlot is int n ? SlotNumber.ToWire(n) : null,
                parse.GetValue(DeviceOptions.Force),
                !parse.GetValue(options.NoTimeSync),
                notes);
        }
        catch
        {
            secret.Dispose();
            throw;
        }
    }

    /// <summary>Wipes the key.</summary>
    public void Dispose() => Secret.Dispose();

    private static int Resolve(int? option, int fromSecret, bool inUri, string optionName, string parameter, List<string> notes)
    {
        if (option is not int chosen)
        {
            return fromSecret;
        }

        if (inUri && chosen != fromSecret)
        {
            notes.Add($"{optionName} {chosen} overrides {parameter}={fromSecret} from the otpauth URI");
        }

        return chosen;
    }
}
