using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.IO;
using HardwareToken.Cli.Secrets;
using HardwareToken.Core.Otp;

namespace HardwareToken.Cli.Commands;

/// <summary>
/// <c>hwtoken code</c>: the TOTP code(s) for a secret, computed on this computer with the token's own core
/// (like <c>oathtool --totp -b</c>). Use it to check what the token should show, or to finish AWS's MFA setup.
/// </summary>
internal static class CodeCommand
{
    public const int MaxWindow = 100;

    public static readonly Option<long?> Time = new("--time", "-t")
    {
        Description = "Compute for this moment instead of now: Unix seconds (1700000000) or ISO-8601 with a zone "
            + "(2026-11-23T10:00:00Z, 2026-11-23T11:00:00+01:00). A time without a zone is refused, not guessed.",
        HelpName = "TIME",
        CustomParser = result =>
        {
            if (TimeArgument.TryParse(result.Tokens[0].Value, out long seconds, out string error))
            {
                return seconds;
            }

            result.AddError(error);
            return null;
        },
    };

    public static readonly Option<int> Window = new("--window", "-w")
    {
        Description = $"Also print the next N codes (0 to {MaxWindow}).",
        HelpName = "N",
        DefaultValueFactory = _ => 0,
        CustomParser = result => OptionParsers.IntegerIn(result, 0, MaxWindow, $"--window takes a count from 0 to {MaxWindow}") ?? 0,
    };

    public static readonly Option<int?> Digits = new("--digits", "-d")
    {
        Description = "Code length, 6 or 8. Default: digits= of an otpauth URI, else 6 (AWS).",
        HelpName = "6|8",
        CustomParser = result => OptionParsers.OneOf(result, [6, 8], "--digits must be 6 or 8 (AWS uses 6)"),
    };

    public static readonly Option<int?> Period = new("--period", "-p")
    {
        Description = "Time step in seconds, 30 or 60. Default: period= of an otpauth URI, else 30 (AWS).",
        HelpName = "30|60",
        CustomParser = result => OptionParsers.OneOf(result, [30, 60], "--period must be 30 or 60 (AWS uses 30)"),
    };

    public static Command Create(CliEnvironment env)
    {
        var command = new Command(
            "code",
            "Print the current TOTP code for a secret read from stdin or --secret-file (HMAC-SHA1).\n"
            + "The secret is base32 (as the AWS console shows it) or an otpauth://totp/ URI; it is never accepted as an argument.\n"
            + "--digits/--period given on the command line override the URI's digits=/period=.\n\n"
            + "Examples:\n"
            + "  hwtoken code                          (type the secret at the hidden prompt)\n"
            + "  hwtoken code --secret-file aws.txt --window 2\n"
            + "  hwtoken code --quiet --time 2026-11-23T10:00:00Z < aws.txt");
        command.Options.Add(CommonOptions.SecretFile);
        command.Options.Add(Time);
        command.Options.Add(Window);
        command.Options.Add(Digits);
        command.Options.Add(Period);
        command.Options.Add(CommonOptions.Quiet);
        command.SetAction(parse => Run(env, parse));
        return command;
    }

    private static int Run(CliEnvironment env, ParseResult parse)
    {
        bool quiet = parse.GetValue(CommonOptions.Quiet);
        long now = parse.GetValue(Time) ?? env.Now().ToUnixTimeSeconds();
        int window = parse.GetValue(Window);
        int? digitsOption = parse.GetValue(Digits);
        int? periodOption = parse.GetValue(Period);
        FileInfo? file = parse.GetValue(CommonOptions.SecretFile);

        using OtpSecret secret = SecretInput.Read(env, file);
        var notes = new List<string>(secret.Warnings);
        int digits = Resolve(digitsOption, secret.Digits, secret.DigitsFromUri, "--digits", "digits", notes);
        int period = Resolve(periodOption, secret.Period, secret.PeriodFromUri, "--period", "period", notes);

        var generator = new OtpGenerator();
        byte[] key = new byte[secret.KeyLength];
        try
        {
            secret.CopyKeyTo(key);
            generator.SetKey(key, 0, key.Length, digits, period, 0);
        }
        finally
        {
            Array.Clear(key);
        }

        try
        {
            if (!quiet)
            {
                foreach (string note in notes)
                {
                    env.Error.WriteLine("note: " + note);
                }
            }

            for (int i = 0; i <= window; i++)
            {
                long at = now + ((long)i * period);
                string code = OtpFormat.Format(generator.TotpCode(at), digits);
                if (quiet)
                {
                    env.Out.WriteLine(code);
                }
                else if (i == 0)
                {
                    env.Out.WriteLine($"{code}  (valid {generator.SecondsLeft(now)} s)");
                }
                else
                {
                    long from = Totp.Counter(at, period, 0) * period;
                    string when = DateTimeOffset.FromUnixTimeSeconds(from).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
                    env.Out.WriteLine($"{code}  (from {when}, in {from - now} s)");
                }
            }
        }
        finally
        {
            generator.Clear();
        }

        return ExitCodes.Ok;
    }

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
