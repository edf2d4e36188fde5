using System;
using System.CommandLine;
using HardwareToken.Cli.Device;
using HardwareToken.Cli.Provisioning;

namespace HardwareToken.Cli.Commands;

/// <summary>
/// <c>hwtoken enroll</c>: the AWS console walk-through for making the token the root account's MFA device, in the
/// order of AWS's "Assign MFA device" wizard, with the provisioning in the middle and the two consecutive MFA
/// codes timed from the token's own clock.
/// </summary>
internal static class EnrollCommand
{
    /// <summary>Less than this many seconds of a code's step left: wait for a fresh code before asking for MFA code 1.</summary>
    public const int FreshCodeSeconds = 10;

    /// <summary>After the computed step boundary, wait this much longer (the token's second started before it reported it).</summary>
    public static readonly TimeSpan BoundaryMargin = TimeSpan.FromMilliseconds(500);

    public static readonly Option<bool> Yes = new("--yes", "-y")
    {
        Description = "Do not pause for Enter between the steps (for scripts and tests).",
    };

    public static Command Create(CliEnvironment env)
    {
        var options = new ProvisionOptions();
        var command = new Command(
            "enroll",
            "Walk through making the token the MFA device of an AWS root account, step by step in the order of the AWS console:\n"
            + "sign in as root, Security credentials, Assign MFA device, Authenticator app, Show secret key, paste it here (hidden),\n"
            + "then hwtoken provisions and verifies the token (as `hwtoken provision`) and times MFA code 1 and MFA code 2 for you.\n"
            + "Takes the same options as provision.\n\n"
            + "Examples:\n"
            + "  hwtoken enroll --port /dev/ttyUSB0\n"
            + "  hwtoken enroll --port /dev/ttyUSB0 --slot 2 --label \"AWS backup\"");
        options.AddTo(command);
        command.Options.Add(Yes);
        command.SetAction(parse => Run(env, parse, options));
        return command;
    }

    private static int Run(CliEnvironment env, ParseResult parse, ProvisionOptions options)
    {
        bool pause = env.InputIsTerminal && !parse.GetValue(Yes);
        string port = PortChoice.Resolve(env, parse.GetValue(DeviceOptions.Port));
        var o = env.Error;
        o.WriteLine("Enrolling the token as the MFA device of your AWS root account. Keep the AWS console open in a browser.");
        o.WriteLine();
        o.WriteLine("Step 1. Sign in to https://console.aws.amazon.com/ as the root user (\"Root user\", the account's email address).");
        o.WriteLine("Step 2. Open the menu under your account name (top right) and choose \"Security credentials\".");
        o.WriteLine("Step 3. Under \"Multi-factor authentication (MFA)\", choose \"Assign MFA device\".");
        Pause(env, pause);
        o.WriteLine("Step 4. \"Device name\": type a name you will recognise, e.g. hwtoken-1 (names must be unique in the account).");
        o.WriteLine("Step 5. \"MFA device\": choose \"Authenticator app\" (not \"Hardware TOTP token\", which is for tokens AWS sells), then \"Next\".");
        o.WriteLine("Step 6. Under \"Set up device\", choose \"Show secret key\" and copy the 64-character key.");
        Pause(env, pause);
        o.WriteLine(env.InputIsTerminal
            ? "Step 7. Paste the secret key at the hidden prompt below (nothing is shown while you type; Enter ends it)."
            : "Step 7. Reading the secret key from " + (parse.GetValue(CommonOptions.SecretFile) is null && parse.GetValue(options.Qr) is null ? "standard input." : "the file given."));

        Provisioner.Result written;
        using (ProvisionPlan plan = ProvisionPlan.Build(env, parse, options))
        {
            foreach (string note in plan.Notes)
            {
                o.WriteLine("note: " + note);
            }

            o.WriteLine("Step 8. Writing the secret to the token (it will ask for its button).");
            using TokenConnection device = TokenConnection.Open(env, port);
            ProvisionCommand.Describe(env, device);
            written = Provisioner.Run(env, device, plan);
        }

        string shown = $"slot {SlotNumber.ToUser(written.Slot)} (\"{written.Label}\")";
        TimeMfaCodes(env, written, shown);
        o.WriteLine("Step 11. Choose \"Add MFA\". AWS confirms that the MFA device was assigned.");
        Pause(env, pause);
        o.WriteLine();
        o.WriteLine("Done. Reminders:");
        o.WriteLine("  - Sign out and sign in again as root: after the password AWS now asks for the code on the token.");
        o.WriteLine("  - Register a second token (or another MFA device) as a backup: AWS allows up to 8 MFA devices per user,");
        o.WriteLine("    and a lost only token means AWS's account recovery. Keep the backup somewhere else.");
        o.WriteLine("  - `aws iam get-account-summary` (with root or admin credentials) shows \"AccountMFAEnabled\": 1.");
        o.WriteLine("  - Sync the token's clock now and then: `hwtoken sync-time`; `hwtoken status` shows its offset.");
        env.Out.WriteLine($"{shown} written, verified and timed for the AWS MFA codes");
        return ExitCodes.Ok;
    }

    /// <summary>
    /// MFA code 1 in a step with enough time left to type it, then MFA code 2 after the next step boundary, both
    /// computed from the token's clock as reported by Verify (the host clock only measures the time since).
    /// </summary>
    private static void TimeMfaCodes(CliEnvironment env, Provisioner.Result written, string shown)
    {
        int period = written.Period;
        // The host moment at which the token's clock reaches a given token second.
        DateTimeOffset HostTimeOf(long deviceSecond) => written.ObservedAt + TimeSpan.FromSeconds(deviceSecond - written.DeviceUtc);
        long DeviceNow() => written.DeviceUtc + (long)Math.Floor((env.Now() - written.ObservedAt).TotalSeconds);
        long NextBoundary() => ((DeviceNow() / period) + 1) * period;

        long boundary = NextBoundary();
        if (boundary - DeviceNow() < FreshCodeSeconds)
        {
            Countdown.Until(env, HostTimeOf(boundary) + BoundaryMargin, left => $"waiting {left} s for a fresh code, so there is time to type it ...");
            boundary += period;
        }

        env.Error.WriteLine($"Step 9. \"MFA code 1\": type the code the token shows now for {shown}.");
        Countdown.Until(env, HostTimeOf(boundary) + BoundaryMargin, left => $"the code changes in {left} s; type MFA code 1 now, then wait");
        env.Error.WriteLine($"Step 10. \"MFA code 2\": the token shows a new code now. If its display is off, press the button once to wake it");
        env.Error.WriteLine($"         (press again until it shows \"{written.Label}\"). Type the new code into \"MFA code 2\".");
    }

    private static void Pause(CliEnvironment env, bool pause)
    {
        if (!pause)
        {
            return;
        }

        env.Error.Write("        Press Enter when done. ");
        env.Error.Flush();
        env.In.ReadLine();
    }
}
