namespace HardwareToken.Emulator;

/// <summary>The parsed command line (see <see cref="EmulatorCommand"/> for the meaning of each option).</summary>
internal sealed record EmulatorOptions
{
    /// <summary>The state folder; null for the default (<see cref="StateFolder.DefaultPath"/>).</summary>
    public string? StatePath { get; init; }

    /// <summary>Start the RTC this many seconds away from host UTC; null when not given.</summary>
    public long? ClockOffsetSeconds { get; init; }

    /// <summary>The simulated crystal's error in ppm (positive: fast).</summary>
    public double DriftPartsPerMillion { get; init; }

    /// <summary>Start the RTC running from 2000-01-01 (never set).</summary>
    public bool ClockUnset { get; init; }

    /// <summary>Start the RTC with its oscillator stopped.</summary>
    public bool ClockHalted { get; init; }

    /// <summary>Scripted mode: commands on stdin, replies on stdout.</summary>
    public bool Headless { get; init; }

    /// <summary>Provision the DEMO account into an empty token.</summary>
    public bool Demo { get; init; }

    /// <summary>--listen HOST:PORT: serve the serial line over TCP instead of a pseudo-terminal; null for the pty.</summary>
    public (string Host, int Port)? Listen { get; init; }

    /// <summary>Display timeout in seconds.</summary>
    public int DisplayTimeoutSeconds { get; init; } = EmulatorCommand.DefaultDisplayTimeoutSeconds;

    /// <summary>The warm window (light sleep) after the display timeout, in seconds; 0 = deep sleep only.</summary>
    public int WarmWindowSeconds { get; init; } = new HardwareToken.Core.App.TokenConfig().WarmWindowMilliseconds / 1000;

    /// <summary>True when the command line says where the clock starts (it then wins over the saved rtc.json).</summary>
    public bool ClockGiven => ClockOffsetSeconds is not null || ClockUnset || ClockHalted;
}
