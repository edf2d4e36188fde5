using System;
using System.IO;
using HardwareToken.Core.Ports;
using HardwareToken.Emulator.Adapters;
using HardwareToken.Emulator.Tests.Support;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace HardwareToken.Emulator.Tests;

[TestClass]
public sealed class SimulatedRtcTests
{
    private const long T = 1_795_000_000; // 2026-11-18T11:06:40Z

    private static long ReadOk(SimulatedRtc rtc)
    {
        Assert.AreEqual(RtcStatus.Ok, rtc.Read(out long seconds));
        return seconds;
    }

    [TestMethod]
    public void WithoutOffsetOrDriftItReadsHostUtcInWholeSeconds()
    {
        var host = ManualTimeProvider.At(T);
        var rtc = new SimulatedRtc(host, RtcSetting.Running(0), 0);
        Assert.AreEqual(T, ReadOk(rtc));
        host.AdvanceMilliseconds(999);
        Assert.AreEqual(T, ReadOk(rtc), "still the same second: the chip keeps whole seconds");
        host.AdvanceMilliseconds(1);
        Assert.AreEqual(T + 1, ReadOk(rtc));
    }

    [TestMethod]
    public void TheOffsetIsSignedSeconds()
    {
        var host = ManualTimeProvider.At(T);
        Assert.AreEqual(T - 3600, ReadOk(new SimulatedRtc(host, RtcSetting.Running(-3600), 0)));
        Assert.AreEqual(T + 90, ReadOk(new SimulatedRtc(host, RtcSetting.Running(90), 0)));
    }

    [TestMethod]
    public void DriftAccumulatesFromStartInBothDirections()
    {
        var host = ManualTimeProvider.At(T);
        var fast = new SimulatedRtc(host, RtcSetting.Running(0), 100);
        var slow = new SimulatedRtc(host, RtcSetting.Running(0), -50);
        var none = new SimulatedRtc(host, RtcSetting.Running(0), 0);
        Assert.AreEqual(T, ReadOk(fast), "no drift yet at start, however large the ppm");
        host.Advance(TimeSpan.FromSeconds(100_000));
        Assert.AreEqual(T + 100_000 + 10, ReadOk(fast), "+100 ppm over 100000 s is +10 s");
        Assert.AreEqual(T + 100_000 - 5, ReadOk(slow), "-50 ppm over 100000 s is -5 s");
        Assert.AreEqual(T + 100_000, ReadOk(none));
    }

    [TestMethod]
    public void DriftAccumulatesFromTheEmulatorStartNotFromTheEpoch()
    {
        var host = ManualTimeProvider.At(T);
        var rtc = new SimulatedRtc(host, RtcSetting.Running(-10), 1000);
        Assert.AreEqual(T - 10, ReadOk(rtc), "1000 ppm of 56 years would be 20 days");
    }

    [TestMethod]
    public void WriteSetsTheTimeAtTheStartOfTheSecondAndRestartsTheDrift()
    {
        var host = ManualTimeProvider.At(T);
        var rtc = new SimulatedRtc(host, RtcSetting.Running(0), 1000);
        host.Advance(TimeSpan.FromSeconds(5000));
        Assert.AreEqual(T + 5005, ReadOk(rtc));
        host.AdvanceMilliseconds(700);

        Assert.IsTrue(rtc.Write(T + 100));

        Assert.AreEqual(T + 100, ReadOk(rtc));
        host.AdvanceMilliseconds(998);
        Assert.AreEqual(T + 100, ReadOk(rtc), "the written second started at the write (998 ms + 1 ms of drift)");
        host.AdvanceMilliseconds(2);
        Assert.AreEqual(T + 101, ReadOk(rtc));
        host.Advance(TimeSpan.FromSeconds(999));
        Assert.AreEqual(T + 100 + 1000 + 1, ReadOk(rtc), "1000 ppm again, counted from the write");
    }

    [TestMethod]
    public void AHaltedClockReportsHaltedAndStandsStillUntilWritten()
    {
        var host = ManualTimeProvider.At(T);
        var rtc = new SimulatedRtc(host, RtcSetting.Stopped(), 0);
        Assert.AreEqual(RtcStatus.Halted, rtc.Read(out long seconds));
        Assert.AreEqual(RtcSetting.ChipResetUnixSeconds, seconds);
        host.Advance(TimeSpan.FromHours(1));
        Assert.AreEqual(RtcStatus.Halted, rtc.Read(out seconds));
        Assert.AreEqual(RtcSetting.ChipResetUnixSeconds, seconds);

        Assert.IsTrue(rtc.Write(T));
        Assert.AreEqual(T, ReadOk(rtc));
        host.Advance(TimeSpan.FromSeconds(2));
        Assert.AreEqual(T + 2, ReadOk(rtc), "writing starts the oscillator");
    }

    [TestMethod]
    public void ANeverSetClockRunsFromTheYear2000()
    {
        var host = ManualTimeProvider.At(T);
        var rtc = new SimulatedRtc(host, RtcSetting.NeverSet(host.GetUtcNow().ToUnixTimeMilliseconds()), 0);
        Assert.AreEqual(946_684_800, ReadOk(rtc));
        host.Advance(TimeSpan.FromSeconds(61));
        Assert.AreEqual(946_684_861, ReadOk(rtc));
    }

    [TestMethod]
    public void CurrentIncludesTheDriftSoFar()
    {
        var host = ManualTimeProvider.At(T);
        var rtc = new SimulatedRtc(host, RtcSetting.Running(-60), 20);
        host.Advance(TimeSpan.FromSeconds(50_000));
        RtcSetting now = rtc.Current;
        Assert.IsFalse(now.Halted);
        Assert.AreEqual(-60_000 + 1_000, now.OffsetMilliseconds, "20 ppm of 50000 s is 1 s");
    }

    [TestMethod]
    public void AWriteIsPersistedAndARestartedClockContinuesFromIt()
    {
        using var folder = new TempFolder();
        var file = new RtcStateFile(folder.Path);
        var host = ManualTimeProvider.At(T);
        var rtc = new SimulatedRtc(host, RtcSetting.Stopped(), 0, file);
        Assert.IsTrue(rtc.Write(T - 7200));
        if (!OperatingSystem.IsWindows())
        {
            Assert.AreEqual(PrivateFiles.FileMode, File.GetUnixFileMode(file.Path));
        }

        host.Advance(TimeSpan.FromMinutes(10)); // the emulator is off for ten minutes; the battery keeps it running
        RtcSetting? saved = new RtcStateFile(folder.Path).Load(null);
        Assert.IsNotNull(saved);
        var restarted = new SimulatedRtc(host, saved.Value, 0, file);
        Assert.AreEqual(T - 7200 + 600, ReadOk(restarted));
    }

    [TestMethod]
    public void PersistStoresTheDriftAccumulatedSoFar()
    {
        using var folder = new TempFolder();
        var file = new RtcStateFile(folder.Path);
        var host = ManualTimeProvider.At(T);
        var rtc = new SimulatedRtc(host, RtcSetting.Running(0), -100, file);
        host.Advance(TimeSpan.FromSeconds(100_000)); // -10 s
        rtc.Persist();
        RtcSetting? saved = file.Load(null);
        Assert.AreEqual(-10_000, saved!.Value.OffsetMilliseconds);
        Assert.AreEqual(T + 100_000 - 10, ReadOk(new SimulatedRtc(host, saved.Value, 0)));
    }

    [TestMethod]
    public void AHaltedClockIsPersistedHalted()
    {
        using var folder = new TempFolder();
        var file = new RtcStateFile(folder.Path);
        new SimulatedRtc(ManualTimeProvider.At(T), RtcSetting.Stopped(), 0, file).Persist();
        Assert.AreEqual(RtcSetting.Stopped(), file.Load(null));
    }

    [TestMethod]
    public void NoFileLoadsNothingAndADamagedFileIsAFlatBattery()
    {
        using var folder = new TempFolder();
        var file = new RtcStateFile(folder.Path);
        Assert.IsNull(file.Load(null));
        File.WriteAllText(file.Path, "{\"format\":1,\"offsetMilli");
        var log = new StringWriter();
        Assert.AreEqual(RtcSetting.Stopped(), file.Load(log));
        StringAssert.Contains(log.ToString(), "halted");
        File.WriteAllText(file.Path, "{\"format\":2,\"offsetMilliseconds\":0,\"halted\":false,\"haltedAtUnixSeconds\":0}");
        Assert.AreEqual(RtcSetting.Stopped(), file.Load(null), "an unknown format is not guessed at");
    }

    [TestMethod]
    public void AWriteThatCannotBePersistedFailsAndChangesNothing()
    {
        using var folder = new TempFolder();
        var gone = new RtcStateFile(Path.Combine(folder.Path, "missing-folder"));
        var host = ManualTimeProvider.At(T);
        var rtc = new SimulatedRtc(host, RtcSetting.Running(5), 0, gone);
        Assert.IsFalse(rtc.Write(T + 1000));
        Assert.AreEqual(T + 5, ReadOk(rtc));
    }

    [TestMethod]
    public void ANonFiniteDriftIsRefused()
    {
        var host = ManualTimeProvider.At(T);
        Assert.ThrowsExactly<ArgumentOutOfRangeException>(() => new SimulatedRtc(host, RtcSetting.Running(0), double.NaN));
        Assert.ThrowsExactly<ArgumentOutOfRangeException>(() => new SimulatedRtc(host, RtcSetting.Running(0), double.PositiveInfinity));
    }
}
