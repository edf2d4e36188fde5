using HardwareToken.Core.Tests.App;
using HardwareToken.Core.Tests.Fakes;

namespace HardwareToken.Fuzz.Tests.Storage;

/// <summary>
/// A token at rest, to be restarted any number of times: its storage bytes, the true time, what its RTC reads
/// how fast the RTC runs and whether it has stopped.
/// </summary>
public sealed class PreState
{
    private readonly byte[] _storage;
    private readonly long _trueMilliseconds;
    private readonly long _rtcMilliseconds;
    private readonly int _driftPartsPerBillion;
    private readonly bool _rtcHalted;

    private PreState(byte[] storage, long trueMilliseconds, long rtcMilliseconds, int driftPartsPerBillion, bool rtcHalted)
    {
        _rtcHalted = rtcHalted;
        _storage = storage;
        _trueMilliseconds = trueMilliseconds;
        _rtcMilliseconds = rtcMilliseconds;
        _driftPartsPerBillion = driftPartsPerBillion;
    }

    /// <summary>Saves the harness's token as it is now (call it when nothing is pending).</summary>
    public static PreState Of(TokenHarness h) => new PreState(
        h.Platform.FakeStorage.Snapshot(),
        h.Platform.Time.TrueUnixMilliseconds,
        h.Platform.FakeRtc.RtcMilliseconds,
        h.Platform.FakeRtc.DriftPartsPerBillion,
        h.Platform.FakeRtc.Halted);

    /// <summary>Powers the saved token on: fresh hardware objects over a copy of its storage, booted.</summary>
    public TokenHarness Start()
    {
        var storage = new MemoryStorage(StateStoreSize);
        storage.Restore(_storage);
        var h = new TokenHarness(TokenHarness.Now, _driftPartsPerBillion, storage);
        h.Platform.Time.Advance(_trueMilliseconds - (TokenHarness.Now * 1000));
        h.Platform.FakeRtc.Force(_rtcMilliseconds);
        h.Platform.FakeRtc.Halted = _rtcHalted;
        h.Platform.Time.Reboot();
        h.Boot();
        return h;
    }

    private const int StateStoreSize = 2048;
}
