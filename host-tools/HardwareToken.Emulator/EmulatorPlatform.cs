using System;
using HardwareToken.Core.Ports;
using HardwareToken.Emulator.Adapters;

namespace HardwareToken.Emulator;

/// <summary>The emulator's <see cref="ITokenPlatform"/>: one desktop adapter per port, kept typed for the views.</summary>
internal sealed class EmulatorPlatform : ITokenPlatform, IDisposable
{
    public EmulatorPlatform(SimulatedRtc rtc, MonotonicClock uptime, TerminalDisplay display, KeyboardButton button, IEmulatorSerialLink serial, FileStorage storage, EmulatorPower power)
    {
        SimulatedRtc = rtc;
        Monotonic = uptime;
        Screen = display;
        Keys = button;
        Link = serial;
        File = storage;
        Sleeper = power;
    }

    public SimulatedRtc SimulatedRtc { get; }

    public MonotonicClock Monotonic { get; }

    public TerminalDisplay Screen { get; }

    public KeyboardButton Keys { get; }

    public IEmulatorSerialLink Link { get; }

    public FileStorage File { get; }

    public EmulatorPower Sleeper { get; }

    IRealTimeClock ITokenPlatform.Rtc => SimulatedRtc;

    IMonotonicClock ITokenPlatform.Uptime => Monotonic;

    IDisplay ITokenPlatform.Display => Screen;

    IButton ITokenPlatform.Button => Keys;

    ISerialLink ITokenPlatform.Serial => Link;

    INonVolatileStorage ITokenPlatform.Storage => File;

    IPower ITokenPlatform.Power => Sleeper;

    public void Dispose() => Link.Dispose();
}
