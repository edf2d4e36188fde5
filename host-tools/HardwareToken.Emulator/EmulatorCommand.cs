using HardwareToken.Core.App;
using System;
using System.CommandLine;
using System.Globalization;

namespace HardwareToken.Emulator;

/// <summary>The command line of <c>hwtoken-emulator</c> (System.CommandLine).</summary>
internal static class EmulatorCommand
{
    public const int DefaultDisplayTimeoutSeconds = 30;
    public const double MaxDriftPartsPerMillion = 1000;
    public const int DefaultListenPort = 7700;

    public static readonly Option<string?> Listen = new("--listen")
    {
        Description = "Serve the serial line over TCP on HOST:PORT instead of a pseudo-terminal, e.g. --listen 127.0.0.1:7700 "
            + "(port 0: any free port, printed at start). Clients use --port socket://HOST:PORT. One client at a time; a second "
            + "is refused with a message. Give an address other than 127.0.0.1 only on a network you trust: the link is not "
            + "encrypted (the token still wants a button press for every change). The default on Windows, which has no pseudo-terminals, "
            + "is 127.0.0.1:7700.",
        HelpName = "HOST:PORT",
        CustomParser = result =>
        {
            string text = result.Tokens[0].Value;
            if (HardwareToken.Transport.PortAddress.ParseListen(text) is null)
            {
                result.AddError($"--listen takes HOST:PORT with a port from 0 to 65535, e.g. 127.0.0.1:7700, not '{text}'");
            }

            return text;
        },
    };

    public static readonly Option<string?> State = new("--state")
    {
        Description = "State folder (token.bin = the token's flash, rtc.json = its battery-backed clock). Default: "
            + "$XDG_DATA_HOME/hwtoken-emulator or ~/.local/share/hwtoken-emulator (macOS: ~/Library/Application Support/hwtoken-emulator).",
        HelpName = "DIR",
    };

    public static readonly Option<long?> ClockOffset = new("--clock-offset")
    {
        Description = "Start the RTC this many seconds off host UTC, e.g. --clock-offset=-3600 (one hour slow). "
            + "Without a --clock-* option a restarted emulator keeps the time saved in rtc.json.",
        HelpName = "SECONDS",
        CustomParser = result =>
        {
            string text = result.Tokens[0].Value;
            if (long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long seconds)
                && Math.Abs(seconds) <= 100L * 365 * 86400)
            {
                return seconds;
            }

            result.AddError($"--clock-offset takes whole seconds (within ±100 years), not '{text}'");
            return null;
        },
    };

    public static readonly Option<double> DriftPpm = new("--drift-ppm")
    {
        Description = "Make the RTC run fast (positive) or slow (negative) by this many ppm, from start-up or from the last "
            + "time it was set (a DS1307 crystal is typically within ±20 ppm; 11.6 ppm is one second a day).",
        HelpName = "PPM",
        DefaultValueFactory = _ => 0,
        CustomParser = result =>
        {
            string text = result.Tokens[0].Value;
            if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double ppm)
                && double.IsFinite(ppm) && Math.Abs(ppm) <= MaxDriftPartsPerMillion)
            {
                return ppm;
            }

            result.AddError($"--drift-ppm takes a number within ±{MaxDriftPartsPerMillion}, not '{text}'");
            return 0;
        },
    };

    public static readonly Option<bool> ClockUnset = new("--clock-unset")
    {
        Description = "Start with an RTC that was never set: it runs from 2000-01-01, so the token asks for the time.",
    };

    public static readonly Option<bool> ClockHalted = new("--clock-halted")
    {
        Description = "Start with the RTC's oscillator stopped (flat battery): the token says the clock stopped.",
    };

    public static readonly Option<bool> Headless = new("--headless")
    {
        Description = "No terminal UI: print 'serial <port>', then read commands on stdin (press, long-press, screen, "
            + "state, png PATH, quit) and answer each on stdout. For scripts and tests.",
    };

    public static readonly Option<bool> Demo = new("--demo")
    {
        Description = "If the token holds no account, add \"DEMO\" in slot 1 with the RFC 6238 test key "
            + "(12345678901234567890 in ASCII; `hwtoken code` or oathtool give the same codes). Never touches existing accounts.",
    };

    public static readonly Option<int> DisplayTimeout = new("--display-timeout")
    {
        Description = "Seconds after the last press or serial frame before the display turns off and the token sleeps.",
        HelpName = "SECONDS",
        DefaultValueFactory = _ => DefaultDisplayTimeoutSeconds,
        CustomParser = result =>
        {
            string text = result.Tokens[0].Value;
            if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int seconds) && seconds is >= 1 and <= 86400)
            {
                return seconds;
            }

            result.AddError($"--display-timeout takes 1 to 86400 seconds, not '{text}'");
            return DefaultDisplayTimeoutSeconds;
        },
    };

    public static readonly Option<int> WarmWindow = new("--warm-window")
    {
        Description = "Seconds the token light-sleeps after the display turns off (a key or serial bytes wake it) before it "
            + "deep-sleeps (only a key wakes it). 0: deep sleep only, as on boards where light sleep misbehaves.",
        HelpName = "SECONDS",
        DefaultValueFactory = _ => new TokenConfig().WarmWindowMilliseconds / 1000,
        CustomParser = result =>
        {
            string text = result.Tokens[0].Value;
            if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int seconds) && seconds is >= 0 and <= 86400)
            {
                return seconds;
            }

            result.AddError($"--warm-window takes 0 to 86400 seconds, not '{text}'");
            return new TokenConfig().WarmWindowMilliseconds / 1000;
        },
    };

    /// <summary>The root command; <paramref name="run"/> gets the parsed options.</summary>
    public static RootCommand Create(Func<EmulatorOptions, int> run)
    {
        var root = new RootCommand(
            "hwtoken-emulator: a virtual HardwareToken. It runs the token's real core with a simulated clock, a state file as\n"
            + "its flash, the terminal as its display, the keyboard as its button and a pseudo-terminal (or, with --listen, a TCP\n"
            + "port) as its serial port.\n\n"
            + "Keys: space or Enter = press, l = long press (1.6 s), q or Ctrl-C = quit.\n\n"
            + "Examples:\n"
            + "  hwtoken-emulator --demo                       a token with a DEMO account, drawn in this terminal\n"
            + "  hwtoken provision --port /dev/pts/N           (in another terminal, with the port the emulator printed)\n"
            + "  hwtoken-emulator --state /tmp/t1 --clock-offset=-90 --drift-ppm 20\n"
            + "  hwtoken-emulator --state /tmp/t2 --clock-unset          a token that must be given the time first\n"
            + "  hwtoken-emulator --demo --listen 127.0.0.1:7700         reachable as --port socket://127.0.0.1:7700 (any OS)\n"
            + "  printf 'state\\npress\\nscreen\\nquit\\n' | hwtoken-emulator --headless --demo --state /tmp/t3");
        root.Options.Add(State);
        root.Options.Add(ClockOffset);
        root.Options.Add(DriftPpm);
        root.Options.Add(ClockUnset);
        root.Options.Add(ClockHalted);
        root.Options.Add(Headless);
        root.Options.Add(Demo);
        root.Options.Add(DisplayTimeout);
        root.Options.Add(Listen);
        root.Options.Add(WarmWindow);
        root.Validators.Add(result =>
        {
            int clocks = (result.GetResult(ClockOffset) is null ? 0 : 1)
                + (result.GetValue(ClockUnset) ? 1 : 0)
                + (result.GetValue(ClockHalted) ? 1 : 0);
            if (clocks > 1)
            {
                result.AddError("--clock-offset, --clock-unset and --clock-halted each say where the clock starts: give one");
            }
        });
        root.SetAction(parse => run(new EmulatorOptions
        {
            StatePath = parse.GetValue(State),
            ClockOffsetSeconds = parse.GetValue(ClockOffset),
            DriftPartsPerMillion = parse.GetValue(DriftPpm),
            ClockUnset = parse.GetValue(ClockUnset),
            ClockHalted = parse.GetValue(ClockHalted),
            Headless = parse.GetValue(Headless),
            Demo = parse.GetValue(Demo),
            DisplayTimeoutSeconds = parse.GetValue(DisplayTimeout),
            Listen = parse.GetValue(Listen) is string listen ? HardwareToken.Transport.PortAddress.ParseListen(listen) : null,
            WarmWindowSeconds = parse.GetValue(WarmWindow),
        }));
        return root;
    }
}
