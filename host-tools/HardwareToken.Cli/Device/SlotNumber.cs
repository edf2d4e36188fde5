using System.CommandLine;
using HardwareToken.Core.Protocol;

namespace HardwareToken.Cli.Device;

/// <summary>
/// Slot numbers as people see them. The token's screen says "WRITE SLOT 1" for the first slot, so hwtoken
/// takes and prints 1..8; the protocol numbers slots 0..7. Conversions happen here and nowhere else.
/// </summary>
internal static class SlotNumber
{
    /// <summary>The lowest slot number a user types.</summary>
    public const int First = 1;

    /// <summary>The highest slot number a user types (8).</summary>
    public const int Last = ProtocolLimits.SlotCount;

    /// <summary>The wire index (0..7) of user slot <paramref name="userSlot"/> (1..8).</summary>
    public static int ToWire(int userSlot) => userSlot - 1;

    /// <summary>The user slot (1..8) of wire index <paramref name="wireIndex"/> (0..7).</summary>
    public static int ToUser(int wireIndex) => wireIndex + 1;

    /// <summary>A fresh --slot option with <paramref name="description"/>; the value is the user's 1..8.</summary>
    public static Option<int?> CreateOption(string description) => new("--slot", "-s")
    {
        Description = description,
        HelpName = "1-8",
        CustomParser = result => OptionParsers.IntegerIn(result, First, Last, $"--slot takes {First} to {Last}, the slot number the token's screen shows"),
    };
}
