using System;
using System.Globalization;

namespace HardwareToken.Cli;

/// <summary>How times, offsets and durations are written in messages (always UTC, always with a sign for offsets).</summary>
internal static class TimeText
{
    /// <summary>2026-11-23 10:00:00 UTC.</summary>
    public static string Utc(long unixSeconds) =>
        DateTimeOffset.FromUnixTimeSeconds(unixSeconds).ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture);

    /// <summary>2026-11-23T10:00:00Z, for JSON.</summary>
    public static string Iso(long unixSeconds) =>
        DateTimeOffset.FromUnixTimeSeconds(unixSeconds).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>A signed number of seconds, with hours/minutes/days when that helps: "+3600 s (1 h 0 min)", "-2 s", "+0 s".</summary>
    public static string Signed(long seconds)
    {
        string number = (seconds >= 0 ? "+" : "-") + Math.Abs(seconds).ToString(CultureInfo.InvariantCulture) + " s";
        return Math.Abs(seconds) < 60 ? number : number + " (" + Duration(Math.Abs(seconds)) + ")";
    }

    /// <summary>An unsigned duration in words: "45 s", "3 min 5 s", "2 h 0 min", "3 d 4 h".</summary>
    public static string Duration(long seconds)
    {
        if (seconds < 60)
        {
            return seconds.ToString(CultureInfo.InvariantCulture) + " s";
        }

        if (seconds < 3600)
        {
            return $"{seconds / 60} min {seconds % 60} s";
        }

        if (seconds < 86400)
        {
            return $"{seconds / 3600} h {seconds % 3600 / 60} min";
        }

        return $"{seconds / 86400} d {seconds % 86400 / 3600} h";
    }

    /// <summary>"1 sync", "2 syncs".</summary>
    public static string Count(long count, string noun) =>
        count.ToString(CultureInfo.InvariantCulture) + " " + noun + (count == 1 ? string.Empty : "s");

    /// <summary>Parts per billion as parts per million with one decimal and a sign: "+1.2 ppm".</summary>
    public static string Ppm(int partsPerBillion) =>
        (partsPerBillion / 1000.0).ToString("+0.0;-0.0;0.0", CultureInfo.InvariantCulture) + " ppm";
}
