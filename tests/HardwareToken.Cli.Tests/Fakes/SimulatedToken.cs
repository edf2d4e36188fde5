using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Threading;
using HardwareToken.Core.App;
using HardwareToken.Core.Ports;
using HardwareToken.Core.Protocol;
using HardwareToken.Core.Tests.Fakes;
using HardwareToken.Protocol;
using HardwareToken.Transport;

namespace HardwareToken.Cli.Tests.Fakes;

/// <summary>
/// The REAL core <see cref="TokenApp"/> on the core tests' fake hardware (simulated clock, drifting RTC, RAM
/// storage, queued button), run by a background thread so that its simulated clock follows real time. hwtoken
/// talks to it through <see cref="Open"/>, a fake serial port; the test presses its button with
/// <see cref="Press"/> and <see cref="LongPress"/>. <see cref="Skip"/> jumps the clock forward at once (it is
/// what hwtoken's Sleep does in these tests), and the host's clock (<see cref="HostNow"/>) is the same
/// simulated clock, so waits for a second or a TOTP step take no real time.
/// </summary>
/// <remarks>Every touch of the app and its fakes happens under one lock; host reads wait on it with Monitor.Wait.</remarks>
internal sealed class SimulatedToken : IDisposable
{
    /// <summary>True UTC at the start: 2026-11-18T... on a whole second, after the firmware build date.</summary>
    public const long StartUnixSeconds = 1_795_000_000;

    /// <summary>The fake port's path.</summary>
    public const string PortPath = "/dev/ttySIM0";

    private readonly object gate = new();
    private readonly Queue<byte> toToken = new();
    private readonly Queue<byte> fromToken = new();
    private readonly Thread loop;
    private long releaseAt = -1;
    private volatile bool stopping;
    private int channelGeneration;
    private bool unplugged;

    /// <param name="rtcOffsetSeconds">How far the token's RTC is from true UTC at the start (negative: slow).</param>
    /// <param name="clockUnset">An RTC that was never set (reads 2000-01-01).</param>
    /// <param name="configure">Changes to the token's config (shorter timeouts) before boot.</param>
    public SimulatedToken(long rtcOffsetSeconds = 0, bool clockUnset = false, Action<TokenConfig>? configure = null)
    {
        Time = new SimulatedTime(StartUnixSeconds * 1000);
        Rtc = new DriftingRtc(Time, clockUnset ? ProtocolLimits.MinSettableUnixSeconds : StartUnixSeconds + rtcOffsetSeconds, 0);
        Storage = new MemoryStorage(2048);
        Display = new FakeDisplay();
        Button = new FakeButton();
        Power = new FakePower();
        configure?.Invoke(Config);
        App = new TokenApp(new Platform(this), Config);
        App.Boot();
        loop = new Thread(Loop) { IsBackground = true, Name = "simulated token" };
        loop.Start();
    }

    public TokenConfig Config { get; } = new();

    public SimulatedTime Time { get; }

    public DriftingRtc Rtc { get; }

    public MemoryStorage Storage { get; }

    public FakeDisplay Display { get; }

    public FakeButton Button { get; }

    public FakePower Power { get; }

    public TokenApp App { get; }

    /// <summary>How many times hwtoken opened the port.</summary>
    public int Opens { get; private set; }

    /// <summary>How many request bytes hwtoken sent in all.</summary>
    public int BytesReceived { get; private set; }

    /// <summary>The host clock is true UTC plus this (milliseconds).</summary>
    public long HostOffsetMilliseconds { get; set; }

    /// <summary>Rewrites each frame the token sends (a frame per call), to fake a faulty token.</summary>
    public Func<byte[], byte[]>? Tamper { get; set; }

    /// <summary>Called (under the lock) with every frame the token sends, before <see cref="Tamper"/>.</summary>
    public Action<byte[]>? OnReply { get; set; }

    /// <summary>The host's clock: the simulated true UTC plus <see cref="HostOffsetMilliseconds"/>.</summary>
    public DateTimeOffset HostNow()
    {
        lock (gate)
        {
            return DateTimeOffset.FromUnixTimeMilliseconds(Time.TrueUnixMilliseconds + HostOffsetMilliseconds);
        }
    }

    /// <summary>Opens the fake port: like tcflush, stale bytes in both directions are dropped.</summary>
    public ISerialChannel Open()
    {
        lock (gate)
        {
            toToken.Clear();
            fromToken.Clear();
            unplugged = false;
            Opens++;
            return new Channel(this, ++channelGeneration);
        }
    }

    /// <summary>Runs the token <paramref name="duration"/> of simulated time ahead at once.</summary>
    public void Skip(TimeSpan duration)
    {
        lock (gate)
        {
            Run((long)Math.Ceiling(duration.TotalMilliseconds));
        }
    }

    /// <summary>
    /// The user reads the confirm screen before pressing: the token's simulated time moves past its 0.5 s minimum
    /// (a press that begins earlier is ignored).
    /// </summary>
    public void ReadConfirmScreen() => Skip(TimeSpan.FromMilliseconds(Config.ConfirmMinimumVisibleMilliseconds + 100));

    /// <summary>A short press (confirms on the confirm screen; wakes a sleeping token).</summary>
    public void Press() => PressFor(120);

    /// <summary>A long press (declines on the confirm screen).</summary>
    public void LongPress() => PressFor(Config.LongPressMilliseconds + 200);

    /// <summary>Pulls the cable: the host's next read or write fails as an unplugged serial port does.</summary>
    public void Unplug()
    {
        lock (gate)
        {
            unplugged = true;
            Monitor.PulseAll(gate);
        }
    }

    /// <summary>Bytes from another host (e.g. a PutSecret that leaves a confirmation pending); the replies are dropped at the next Open.</summary>
    public void Inject(byte[] bytes)
    {
        lock (gate)
        {
            foreach (byte b in bytes)
            {
                toToken.Enqueue(b);
            }

            Run(100);
        }
    }

    /// <summary>Reads the app's state under the lock.</summary>
    public T Inspect<T>(Func<TokenApp, T> read)
    {
        lock (gate)
        {
            return read(App);
        }
    }

    public void Dispose()
    {
        stopping = true;
        loop.Join();
    }

    private void PressFor(int milliseconds)
    {
        lock (gate)
        {
            Button.Queue(true, Time.Milliseconds);
            releaseAt = Time.Milliseconds + milliseconds;
        }
    }

    private void Loop()
    {
        var clock = Stopwatch.StartNew();
        long last = 0;
        while (!stopping)
        {
            long now = clock.ElapsedMilliseconds;
            lock (gate)
            {
                Run(now - last);
            }

            last = now;
            Thread.Sleep(2);
        }
    }

    /// <summary>Steps the app through <paramref name="milliseconds"/> of simulated time, honouring its waits and the pending release. Under the lock.</summary>
    private void Run(long milliseconds)
    {
        long end = Time.Milliseconds + milliseconds;
        do
        {
            if (releaseAt >= 0 && Time.Milliseconds >= releaseAt)
            {
                Button.Queue(false, Time.Milliseconds);
                releaseAt = -1;
            }

            long wait = Math.Max(1, App.Step());
            if (releaseAt >= 0)
            {
                wait = Math.Min(wait, Math.Max(1, releaseAt - Time.Milliseconds));
            }

            long step = Math.Min(wait, end - Time.Milliseconds);
            if (step <= 0)
            {
                break;
            }

            Time.Advance(step);
        }
        while (Time.Milliseconds < end);
    }

    private void TokenWrites(byte[] buffer, int offset, int count)
    {
        byte[] frame = buffer.AsSpan(offset, count).ToArray();
        OnReply?.Invoke(frame);
        if (Tamper is not null)
        {
            frame = Tamper(frame);
        }

        foreach (byte b in frame)
        {
            fromToken.Enqueue(b);
        }

        Monitor.PulseAll(gate);
    }

    private int TokenReads(byte[] buffer, int offset, int count)
    {
        int n = 0;
        while (n < count && toToken.Count > 0)
        {
            buffer[offset + n++] = toToken.Dequeue();
        }

        return n;
    }

    /// <summary>The app's hardware: the shared fakes plus a serial link into this object's queues.</summary>
    private sealed class Platform(SimulatedToken token) : ITokenPlatform, ISerialLink
    {
        public IRealTimeClock Rtc => token.Rtc;

        public IMonotonicClock Uptime => token.Time;

        public IDisplay Display => token.Display;

        public IButton Button => token.Button;

        public ISerialLink Serial => this;

        public INonVolatileStorage Storage => token.Storage;

        public IPower Power => token.Power;

        public int Read(byte[] buffer, int offset, int count) => token.TokenReads(buffer, offset, count);

        public void Write(byte[] buffer, int offset, int count) => token.TokenWrites(buffer, offset, count);
    }

    /// <summary>hwtoken's end of the line.</summary>
    private sealed class Channel(SimulatedToken token, int generation) : ISerialChannel
    {
        private bool disposed;

        public int Read(Span<byte> buffer, TimeSpan timeout)
        {
            long deadline = Stopwatch.GetTimestamp() + (long)(timeout.TotalSeconds * Stopwatch.Frequency);
            lock (token.gate)
            {
                while (true)
                {
                    Check();
                    if (token.fromToken.Count > 0)
                    {
                        int n = 0;
                        while (n < buffer.Length && token.fromToken.Count > 0)
                        {
                            buffer[n++] = token.fromToken.Dequeue();
                        }

                        return n;
                    }

                    TimeSpan left = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), deadline);
                    if (left <= TimeSpan.Zero || !Monitor.Wait(token.gate, left))
                    {
                        Check();
                        return 0;
                    }
                }
            }
        }

        public void Write(ReadOnlySpan<byte> data)
        {
            lock (token.gate)
            {
                Check();
                foreach (byte b in data)
                {
                    token.toToken.Enqueue(b);
                }

                token.BytesReceived += data.Length;
            }
        }

        public void Dispose() => disposed = true;

        private void Check()
        {
            ObjectDisposedException.ThrowIf(disposed, this);
            if (token.unplugged || generation != token.channelGeneration)
            {
                throw new SerialPortException(SerialPortErrorKind.DeviceVanished, PortPath,
                    $"{PortPath}: the token was unplugged (the port went away mid-exchange); plug it back in and try again");
            }
        }
    }
}
