namespace HardwareToken.Protocol;

/// <summary>SetTime's interim response (docs/protocol.md §6.3): the token waits for a press.</summary>
/// <param name="SecondsToWait">How long the token waits for the press.</param>
/// <param name="DeviceUtc">The token's clock before the change; null when it is not set.</param>
public sealed record SetTimePending(int SecondsToWait, long? DeviceUtc);
