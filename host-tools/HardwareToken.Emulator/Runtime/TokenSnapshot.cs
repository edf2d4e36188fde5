using HardwareToken.Core.App;
using HardwareToken.Core.Otp;
using HardwareToken.Core.Ports;
using HardwareToken.Core.Time;

namespace HardwareToken.Emulator.Runtime;

/// <summary>
/// What the token is doing at one instant, read from the core's public surface only (never a secret). Taken on
/// the run loop's thread so that all fields agree; the code is computed for <see cref="DeviceUtc"/> exactly.
/// </summary>
/// <param name="Screen">The screen the core shows.</param>
/// <param name="Awake">True while the display is on.</param>
/// <param name="Slot">The current slot (0-based), -1 when none.</param>
/// <param name="Label">The current slot's label; null unless the code screen is showing.</param>
/// <param name="Code">The code for <see cref="DeviceUtc"/>, zero-padded; null unless the code screen is showing.</param>
/// <param name="SecondsLeft">Seconds until the code changes; null unless the code screen is showing.</param>
/// <param name="DeviceUtc">The token's corrected UTC; null when its clock is not usable.</param>
/// <param name="Clock">The clock state.</param>
/// <param name="Accounts">Used slots.</param>
/// <param name="Sleeps">Deep-sleep requests so far.</param>
/// <param name="Stage">The sleep policy's stage: Awake, LightSleep (the warm window) or DeepSleep.</param>
/// <param name="Wake">How the token last woke: Boot (start-up or a deep-sleep wake), Button or Serial.</param>
internal sealed record TokenSnapshot(
    ScreenKind Screen,
    bool Awake,
    int Slot,
    string? Label,
    string? Code,
    int? SecondsLeft,
    long? DeviceUtc,
    ClockState Clock,
    int Accounts,
    int Sleeps,
    PowerStage Stage,
    WakeCause Wake)
{
    /// <summary>Reads <paramref name="app"/>. Call on the run loop's thread only.</summary>
    public static TokenSnapshot Capture(TokenApp app, int sleeps)
    {
        ClockState clock = app.Clock.State;
        long? utc = clock == ClockState.Ok ? app.DeviceUnixSeconds : null;
        int slot = app.CurrentSlot;
        string? label = null;
        string? code = null;
        int? left = null;
        if (app.Screen == ScreenKind.Code && utc is long t && slot >= 0 && app.Accounts.IsUsed(slot))
        {
            label = app.Accounts.GetLabel(slot);
            code = OtpFormat.Format(app.Accounts.Code(slot, t), app.Accounts.GetDigits(slot));
            left = app.Accounts.SecondsLeft(slot, t);
        }

        return new TokenSnapshot(app.Screen, app.IsAwake, slot, label, code, left, utc, clock, app.Accounts.UsedCount, sleeps, app.Power.Stage, app.Power.LastWake);
    }
}
