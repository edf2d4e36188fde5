using System;
using System.Globalization;
using System.Text.RegularExpressions;

namespace HardwareToken.Cli;

/// <summary>
/// Parses --time: Unix seconds, or ISO-8601 with an explicit zone (Z or ±hh:mm). A date-time without a zone is
/// refused rather than guessed: TOTP is defined on UTC, and a silently assumed zone gives wrong codes.
/// </summary>
public static partial class TimeArgument
{
    /// <summary>The latest time accepted: 9999-12-31T23:59:59Z.</summary>
    public const long MaxUnixSeconds = 253402300799;

    /// <summary>Parses <paramref name="text"/> into Unix seconds, or explains why not.</summary>
    public static bool TryParse(string text, out long unixSeconds, out string error)
    {
        unixSeconds = 0;
        error = string.Empty;
        string value = text.Trim();
        if (UnixSeconds().IsMatch(value))
        {
            if (!long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out unixSeconds) || unixSeconds > MaxUnixSeconds)
            {
                error = $"--time {value} is past the year 9999";
                return false;
            }

            return true;
        }

        if (value.StartsWith('-') && UnixSeconds().IsMatch(value[1..]))
        {
            error = $"--time {value} is before 1970; TOTP starts at the Unix epoch";
            return false;
        }

        Match iso = IsoDateTime().Match(value);
        if (!iso.Success)
        {
            error = $"--time '{value}' is neither Unix seconds (1700000000) nor an ISO-8601 UTC time (2026-11-23T10:00:00Z)";
            return false;
        }

        if (!iso.Groups["zone"].Success)
        {
            error = $"--time '{value}' has no time zone; add Z for UTC ({value}Z) or an offset ({value}+01:00)";
            return false;
        }

        string normalized = value.Replace(' ', 'T');
        if (!DateTimeOffset.TryParse(normalized, CultureInfo.InvariantCulture, DateTimeStyles.None, out DateTimeOffset time))
        {
            error = $"--time '{value}' is not a valid date and time";
            return false;
        }

        unixSeconds = time.ToUnixTimeSeconds();
        if (unixSeconds < 0)
        {
            error = $"--time '{value}' is before 1970; TOTP starts at the Unix epoch";
            return false;
        }

        return true;
    }

    [GeneratedRegex(@"^[0-9]{1,18}$")]
    private static partial Regex UnixSeconds();

    [GeneratedRegex(@"^[0-9]{4}-[0-9]{2}-[0-9]{2}[T ][0-9]{2}:[0-9]{2}(:[0-9]{2}(\.[0-9]+)?)?(?<zone>Z|z|[+-][0-9]{2}:?[0-9]{2})?$")]
    private static partial Regex IsoDateTime();
}
