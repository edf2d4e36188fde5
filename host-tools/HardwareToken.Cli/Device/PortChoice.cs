using System;
using System.Collections.Generic;
using System.Linq;
using HardwareToken.Transport;

namespace HardwareToken.Cli.Device;

/// <summary>
/// Which port to open: the --port value, or, when it is left out, the only candidate serial port (said so on
/// standard error). None or several candidates end the command with a message that says what to do.
/// Listing ports does not open them.
/// </summary>
internal static class PortChoice
{
    /// <summary>The path to open.</summary>
    /// <exception cref="CliFailure">No --port and not exactly one candidate.</exception>
    public static string Resolve(CliEnvironment env, string? port)
    {
        if (port is not null)
        {
            if (port.Trim().Length == 0)
            {
                throw new CliFailure(ExitCodes.UsageError, "--port is empty; give the token's serial port (run `hwtoken ports`)");
            }

            return port;
        }

        IReadOnlyList<SerialPortInfo> ports = env.ListPorts();
        if (ports.Count == 0)
        {
            throw new CliFailure(ExitCodes.DeviceNotFound,
                "no serial ports found: plug the token in with a data USB cable, then run `hwtoken ports` (or give --port PORT)");
        }

        if (ports.Count > 1)
        {
            string list = string.Join(Environment.NewLine, ports.Select(p => "  " + p.Path + "  " + p.Description));
            throw new CliFailure(ExitCodes.UsageError,
                $"{ports.Count} serial ports found; say which one is the token with --port:{Environment.NewLine}{list}");
        }

        SerialPortInfo only = ports[0];
        env.Error.WriteLine($"using {only.Path} ({only.Description}), the only serial port; give --port to choose another");
        return only.Path;
    }
}
