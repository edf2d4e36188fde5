using System.Collections.Generic;
using System.CommandLine;
using HardwareToken.Transport;
using Spectre.Console;

namespace HardwareToken.Cli.Commands;

/// <summary><c>hwtoken ports</c>: the serial ports a token could be on.</summary>
internal static class PortsCommand
{
    public static Command Create(CliEnvironment env) => Create(env, env.ListPorts);

    /// <summary>With a replaceable lister, for tests.</summary>
    internal static Command Create(CliEnvironment env, System.Func<IReadOnlyList<SerialPortInfo>> list)
    {
        var command = new Command(
            "ports",
            "List the serial ports a token may be connected to (Linux: /dev/ttyUSB*, /dev/ttyACM*, /dev/serial/by-id; macOS: /dev/cu.*;\n"
            + "Windows: COM ports, with the USB device's name when Windows knows it). The virtual token's TCP link is not listed:\n"
            + "give it as --port socket://HOST:PORT.\n"
            + "Exits with 4 when there are none.\n\n"
            + "Examples:\n"
            + "  hwtoken ports\n"
            + "  hwtoken ports --quiet          (paths only, one per line)");
        command.Options.Add(CommonOptions.Quiet);
        command.SetAction(parse =>
        {
            IReadOnlyList<SerialPortInfo> ports = list();
            if (ports.Count == 0)
            {
                env.Error.WriteLine("no serial ports found");
                env.Error.WriteLine("  - plug the token in with a USB cable that carries data (some are charge-only)");
                env.Error.WriteLine("  - Linux: `sudo dmesg | tail` should mention cp210x, ch341 or cdc_acm and a ttyUSB/ttyACM name");
                env.Error.WriteLine("  - macOS: a CP210x or CH34x bridge may need its vendor's driver before /dev/cu.* appears");
                env.Error.WriteLine("  - WSL: attach the device first with `usbipd attach --wsl --busid <id>` from Windows (or run hwtoken.exe on Windows itself)");
                env.Error.WriteLine("  - Windows: Device Manager should list it under \"Ports (COM & LPT)\"; a CP210x or CH34x bridge may need its vendor's driver");
                env.Error.WriteLine("  - the virtual token is not a serial port here: use --port socket://127.0.0.1:7700 (hwtoken-emulator --listen 127.0.0.1:7700)");
                return ExitCodes.DeviceNotFound;
            }

            if (parse.GetValue(CommonOptions.Quiet))
            {
                foreach (SerialPortInfo port in ports)
                {
                    env.Out.WriteLine(port.Path);
                }

                return ExitCodes.Ok;
            }

            var table = new Table().AddColumns("Port", "Kind", "Description", "Stable name");
            foreach (SerialPortInfo port in ports)
            {
                table.AddRow(
                    Markup.Escape(port.Path),
                    Markup.Escape(KindText(port.Kind)),
                    Markup.Escape(port.Description),
                    Markup.Escape(port.StablePath ?? "-"));
            }

            env.Console.Write(table);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static string KindText(SerialPortKind kind) => kind switch
    {
        SerialPortKind.UsbSerialAdapter => "USB-UART bridge",
        SerialPortKind.UsbCdcAcm => "USB CDC-ACM",
        _ => "other",
    };
}
