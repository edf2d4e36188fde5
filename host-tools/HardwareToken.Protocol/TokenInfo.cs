namespace HardwareToken.Protocol;

/// <summary>The Info response (docs/protocol.md §6.1).</summary>
/// <param name="FirmwareVersion">The token's firmware version string.</param>
/// <param name="ProtocolVersion">The protocol version the token speaks.</param>
/// <param name="SlotCount">How many slots the token has.</param>
/// <param name="SlotsUsed">How many hold an account.</param>
/// <param name="DeviceUtc">The token's clock in Unix seconds; null when its clock is not set.</param>
/// <param name="LastSyncUtc">When SetTime last set the clock; null if never.</param>
/// <param name="DriftPartsPerBillion">The token's drift estimate; positive means its clock runs fast.</param>
/// <param name="SyncCount">How many SetTime commands were applied.</param>
public sealed record TokenInfo(
    string FirmwareVersion,
    int ProtocolVersion,
    int SlotCount,
    int SlotsUsed,
    long? DeviceUtc,
    long? LastSyncUtc,
    int DriftPartsPerBillion,
    uint SyncCount)
{
    /// <summary>True when the token's clock is set.</summary>
    public bool ClockSet => DeviceUtc.HasValue;
}
