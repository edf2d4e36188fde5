using System;
using System.IO;
using System.Runtime.InteropServices;
using HardwareToken.Core.App;
using HardwareToken.Emulator.Adapters;
using HardwareToken.Emulator.Headless;
using HardwareToken.Emulator.Interactive;
using HardwareToken.Emulator.Runtime;

namespace HardwareToken.Emulator;

/// <summary>
/// Builds the virtual token from the options (state folder, adapters, the core's <see cref="TokenApp"/>) and runs
/// it in interactive or headless mode. Diagnostics go to <c>log</c> (stderr); in headless mode stdout carries
/// only the protocol of <see cref="HeadlessSession"/>.
/// </summary>
internal static class EmulatorHost
{
    /// <summary>The firmware version the emulated token reports in Info.</summary>
    public static readonly string FirmwareVersion = new TokenConfig().FirmwareVersion + "-emulator";

    public static int Run(EmulatorOptions options, TextReader input, TextWriter output, TextWriter log)
    {
        if (!options.Headless && !InteractiveSession.HasTerminal)
        {
            log.WriteLine("hwtoken-emulator: interactive mode needs a terminal on stdin and stdout; use --headless for scripts");
            return ExitCodes.UsageError;
        }

        using StateFolder folder = StateFolder.Open(options.StatePath ?? StateFolder.DefaultPath(), log);
        FileStorage storage = FileStorage.Open(folder.Path, log);
        var rtcFile = new RtcStateFile(folder.Path);
        RtcSetting setting = InitialClock(options, rtcFile, log);
        if (options.Demo)
        {
            bool onHostClock = setting is { Halted: false, OffsetMilliseconds: 0 };
            log.WriteLine(DemoAccount.ProvisionIfEmpty(storage, onHostClock ? DateTimeOffset.UtcNow.ToUnixTimeSeconds() : null)
                ? $"hwtoken-emulator: --demo: added account \"{DemoAccount.Label}\" in slot {DemoAccount.Slot + 1} (RFC 6238 test key)"
                    + (onHostClock ? ", clock synced to this computer's UTC" : "; the clock was not set from the host, so the token says CHECK CLOCK until `hwtoken sync-time`")
                : "hwtoken-emulator: --demo: the token already holds accounts (or unreadable storage); nothing added");
        }

        var rtc = new SimulatedRtc(TimeProvider.System, setting, options.DriftPartsPerMillion, rtcFile);
        var uptime = new MonotonicClock();
        using var platform = new EmulatorPlatform(
            rtc,
            uptime,
            new TerminalDisplay(),
            new KeyboardButton(uptime),
            OpenSerialLink(options),
            storage,
            new EmulatorPower());
        var config = new TokenConfig
        {
            DisplayTimeoutMilliseconds = options.DisplayTimeoutSeconds * 1000,
            WarmWindowMilliseconds = options.WarmWindowSeconds * 1000,
            FirmwareVersion = FirmwareVersion,
        };
        var runner = new TokenRunner(new TokenApp(platform, config), platform);
        using PosixSignalRegistration terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop(runner));
        using PosixSignalRegistration hangUp = PosixSignalRegistration.Create(PosixSignal.SIGHUP, Stop(runner));
        using PosixSignalRegistration interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop(runner));
        try
        {
            if (options.Headless)
            {
                new HeadlessSession(runner, input, output).Run(platform.Link.Address);
            }
            else
            {
                output.WriteLine("serial port: " + platform.Link.Address);
                output.WriteLine("provision it from another terminal: hwtoken provision --port " + platform.Link.Address);
                new InteractiveSession(runner, platform.Link.Address).Run();
            }
        }
        finally
        {
            try
            {
                rtc.Persist();
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                log.WriteLine($"hwtoken-emulator: could not save the clock to {rtcFile.Path}: {e.Message}");
            }
        }

        return ExitCodes.Ok;
    }

    /// <summary>
    /// The TCP listener when --listen is given, or where no pseudo-terminal exists (Windows: 127.0.0.1:7700);
    /// a pseudo-terminal otherwise.
    /// </summary>
    private static IEmulatorSerialLink OpenSerialLink(EmulatorOptions options)
    {
        if (options.Listen is (string host, int port))
        {
            return TcpSerialLink.Listen(host, port);
        }

        return OperatingSystem.IsLinux() || OperatingSystem.IsMacOS()
            ? PtySerialLink.Open()
            : TcpSerialLink.Listen("127.0.0.1", EmulatorCommand.DefaultListenPort);
    }

    private static RtcSetting InitialClock(EmulatorOptions options, RtcStateFile file, TextWriter log)
    {
        RtcSetting setting;
        if (options.ClockHalted)
        {
            setting = RtcSetting.Stopped();
        }
        else if (options.ClockUnset)
        {
            setting = RtcSetting.NeverSet(DateTimeOffset.UtcNow.ToUnixTimeMilliseconds());
        }
        else if (options.ClockOffsetSeconds is long offset)
        {
            setting = RtcSetting.Running(offset);
        }
        else
        {
            RtcSetting? saved = file.Load(log);
            if (saved is RtcSetting kept)
            {
                return kept;
            }

            setting = RtcSetting.Running(0);
        }

        file.Save(setting);
        return setting;
    }

    private static Action<PosixSignalContext> Stop(TokenRunner runner) => context =>
    {
        context.Cancel = true;
        runner.Stop();
    };
}
