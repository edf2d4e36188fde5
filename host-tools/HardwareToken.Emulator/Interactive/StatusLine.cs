using System;
using System.Globalization;
using HardwareToken.Core.Time;
using HardwareToken.Emulator.Runtime;

namespace HardwareToken.Emulator.Interactive;

/// <summary>The human status line under the emulated panel: screen, slot, seconds left, device UTC, sleeps.</summary>
internal static class StatusLine
{
    /// <summary>The key help printed under the status line.</summary>
    public const string KeyHelp = "space/enter: press    l: long press (1.6 s)    q / Ctrl-C: quit";

    /// <summary>E.g. <c>Code · slot 1 "AWS" · 17 s left · device UTC 2026-05-01 12:00:07 · sleeps 0</c>.</summary>
    public static string Format(TokenSnapshot s)
    {
        string text = s.Screen.ToString();
        if (s.Slot >= 0)
        {
            text += " · slot " + (s.Slot + 1).ToString(CultureInfo.InvariantCulture);
        }

        if (s.Label is not null)
        {
            text += " \"" + s.Label + "\"";
        }

        if (s.SecondsLeft is int left)
        {
            text += " · " + left.ToString(CultureInfo.InvariantCulture) + " s left";
        }

        text += s.DeviceUtc is long utc
            ? " · device UTC " + DateTimeOffset.FromUnixTimeSeconds(utc).UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture)
            : " · clock " + Describe(s.Clock);
        text += " · accounts " + s.Accounts.ToString(CultureInfo.InvariantCulture);
        text += " · sleeps " + s.Sleeps.ToString(CultureInfo.InvariantCulture);
        text += s.Stage switch
        {
            HardwareToken.Core.App.PowerStage.LightSleep => " · light sleep (a key or serial bytes wake it)",
            HardwareToken.Core.App.PowerStage.DeepSleep => " · deep sleep (a key wakes it)",
            _ => " · woken by " + s.Wake.ToString().ToLowerInvariant(),
        };
        return text;
    }

    private static string Describe(ClockState state) => state switch
    {
        ClockState.NotSet => "not set",
        ClockState.Halted => "halted",
        ClockState.Unreadable => "unreadable",
        _ => state.ToString(),
    };
}
