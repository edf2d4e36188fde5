namespace HardwareToken.Protocol;

/// <summary>The Verify response (docs/protocol.md §6.4): the code the token shows now, not its key.</summary>
/// <param name="Slot">The slot verified.</param>
/// <param name="Code">The code, zero-padded to <paramref name="Digits"/> characters.</param>
/// <param name="Digits">6 or 8.</param>
/// <param name="DeviceUtc">The token time the code was computed for, Unix seconds.</param>
/// <param name="SecondsLeft">Seconds until the code changes.</param>
public sealed record VerifyResult(int Slot, string Code, int Digits, long DeviceUtc, int SecondsLeft);
