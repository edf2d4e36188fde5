using System;
using System.Collections.Concurrent;
using System.Threading;
using HardwareToken.Core.App;

namespace HardwareToken.Emulator.Runtime;

/// <summary>
/// The token's main loop, as on the device: <see cref="TokenApp.Boot"/> once, then <see cref="TokenApp.Step"/>
/// and a wait of the milliseconds it returns, on one thread. Other threads (keyboard, stdin) never touch the
/// app: they <see cref="Post"/> jobs, which run on the loop thread between steps, so everything they read
/// is consistent.
/// </summary>
/// <remarks>
/// A button press is a short script spread over several steps: the press edge, then the release edge once the
/// hold time has passed, then one more step so the app has handled the gesture; only then does the
/// <c>whenProcessed</c> callback run. While a press is in progress no other job starts, so jobs (and the
/// replies they write) stay in the order they were posted.
/// </remarks>
internal sealed class TokenRunner
{
    /// <summary>How long a short press holds the button.</summary>
    public const int ShortPressMilliseconds = 100;

    /// <summary>How long a long press holds the button (the core's threshold is 1.5 s).</summary>
    public const int LongPressMilliseconds = 1600;

    private readonly ConcurrentQueue<Action> _jobs = new();
    private readonly AutoResetEvent _wake = new(false);
    private PressScript? _press;
    private volatile bool _stopping;

    public TokenRunner(TokenApp app, EmulatorPlatform platform)
    {
        App = app;
        Platform = platform;
    }

    /// <summary>The app; use only inside jobs and <see cref="Stepped"/> handlers.</summary>
    public TokenApp App { get; }

    /// <summary>The adapters.</summary>
    public EmulatorPlatform Platform { get; }

    /// <summary>Raised on the loop thread after boot and after every step (the terminal view redraws here).</summary>
    public event Action? Stepped;

    /// <summary>Runs <paramref name="job"/> on the loop thread, after the jobs posted before it. Any thread.</summary>
    public void Post(Action job)
    {
        _jobs.Enqueue(job);
        _wake.Set();
    }

    /// <summary>Ends <see cref="Run"/> after the current step. Any thread.</summary>
    public void Stop()
    {
        _stopping = true;
        _wake.Set();
    }

    /// <summary>
    /// Presses the button now and releases it <paramref name="holdMilliseconds"/> later; calls
    /// <paramref name="whenProcessed"/> after the step that handled the release. Loop thread only (from a job).
    /// </summary>
    public void PressButton(int holdMilliseconds, Action? whenProcessed)
    {
        if (_press is not null)
        {
            throw new InvalidOperationException("a press is already in progress");
        }

        Platform.Keys.Press();
        _press = new PressScript(Platform.Monotonic.Milliseconds + holdMilliseconds, whenProcessed);
    }

    /// <summary>Boots the app and runs it until <see cref="Stop"/>. Exceptions from the app or a job end the loop.</summary>
    public void Run()
    {
        App.Boot();
        Stepped?.Invoke();
        while (!_stopping)
        {
            while (_press is null && !_stopping && _jobs.TryDequeue(out Action? job))
            {
                job();
            }

            if (_press is { Released: false } pending && Platform.Monotonic.Milliseconds >= pending.ReleaseAt)
            {
                Platform.Keys.Release();
                pending.Released = true;
            }

            int wait = App.Step();
            if (_press is { Released: true } done)
            {
                _press = null;
                done.WhenProcessed?.Invoke();
                wait = 0;
            }

            Stepped?.Invoke();
            if (_press is { } holding)
            {
                long untilRelease = holding.ReleaseAt - Platform.Monotonic.Milliseconds;
                wait = (int)Math.Clamp(untilRelease, 0, wait);
            }

            if (wait > 0 && !_stopping)
            {
                _wake.WaitOne(wait);
            }
        }
    }

    private sealed class PressScript(long releaseAt, Action? whenProcessed)
    {
        public long ReleaseAt { get; } = releaseAt;

        public Action? WhenProcessed { get; } = whenProcessed;

        public bool Released { get; set; }
    }
}
