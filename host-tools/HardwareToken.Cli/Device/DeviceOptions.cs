using System.CommandLine;

namespace HardwareToken.Cli.Device;

/// <summary>Options of the verbs that talk to a token.</summary>
internal static class DeviceOptions
{
    /// <summary>The serial port. Optional on the command line: with exactly one candidate port hwtoken uses it and says so.</summary>
    public static readonly Option<string?> Port = new("--port")
    {
        Description = "The token's serial port: /dev/ttyUSB0 or /dev/serial/by-id/... (Linux), /dev/cu.usbserial-... (macOS), "
            + "COM5 (Windows); see `hwtoken ports`. Or the virtual token's TCP link, socket://127.0.0.1:7700. "
            + "May be left out when exactly one serial port exists.",
        HelpName = "PORT",
    };

    /// <summary>Skips the y/N question before a destructive change. The button on the token must still be pressed.</summary>
    public static readonly Option<bool> Force = new("--force", "-f")
    {
        Description = "Do not ask y/N before replacing or erasing an account (the token still asks for its button).",
    };
}
