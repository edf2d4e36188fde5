using System;
using System.Collections.Generic;
using System.Diagnostics;
using HardwareToken.Core.Protocol;
using HardwareToken.Core.Storage;
using HardwareToken.Core.Tests.App;
using HardwareToken.Fuzz.Tests.Protocol;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace HardwareToken.Fuzz.Tests.Storage;

/// <summary>
/// Power cuts at every byte of every storage write the token makes, through the whole app: the request, a cut
/// armed on the storage, the confirming press, a reboot. After each, the state the token boots with must be
/// exactly the old one or exactly the new one (labels, digits, periods, key fingerprints, clock calibration).
/// Counts go to the test output; docs/power-loss.md reports them.
/// </summary>
[TestClass]
public class PowerLossTests
{
    private const int DriftPartsPerBillion = 20000;
    private const long Day = 86400000;

    private static readonly byte[] KeyA = FrameGen.Fill(101, 40);
    private static readonly byte[] KeyB = FrameGen.Fill(102, 20);
    private static readonly byte[] KeyC = FrameGen.Fill(103, 64);
    private static readonly byte[] KeyD = FrameGen.Fill(104, 40);

    /// <summary>Two syncs a week apart (the trim measured) and two accounts.</summary>
    private static readonly Lazy<PreState> Provisioned = new(() =>
    {
        TokenHarness h = Calibrated();
        h.Provision(0, "AWS root", KeyA);
        h.Provision(1, "backup", KeyB);
        h.Run(3000);
        return PreState.Of(h);
    });

    /// <summary>A token with an account whose clock was never synced: the RTC an hour slow, running 20 ppm fast.</summary>
    private static readonly Lazy<PreState> NeverSynced = new(() =>
    {
        var h = new TokenHarness(TokenHarness.Now - 3600, DriftPartsPerBillion);
        h.Boot();
        h.Provision(0, "AWS root", KeyA);
        h.Run(3000);
        return PreState.Of(h);
    });

    /// <summary>Synced once, a week ago: the next sync measures the trim.</summary>
    private static readonly Lazy<PreState> SyncedAWeekAgo = new(() =>
    {
        var h = new TokenHarness(TokenHarness.Now, DriftPartsPerBillion);
        h.Boot();
        h.SyncTime();
        h.Provision(0, "AWS root", KeyA);
        h.Run(3000);
        h.Platform.Time.Advance(7 * Day);
        return PreState.Of(h);
    });

    /// <summary>The provisioned token 30 days after its second sync: the next sync refines the trim.</summary>
    private static readonly Lazy<PreState> ProvisionedAMonthLater = new(() =>
    {
        TokenHarness h = Provisioned.Value.Start();
        h.Platform.Time.Advance(30 * Day);
        return PreState.Of(h);
    });

    /// <summary>The provisioned, calibrated token a day after its RTC stopped (a flat coin cell).</summary>
    private static readonly Lazy<PreState> RtcStopped = new(() =>
    {
        TokenHarness h = Provisioned.Value.Start();
        h.Platform.FakeRtc.Halted = true;
        h.Platform.Time.Advance(Day);
        return PreState.Of(h);
    });

    public static readonly StorageOperation PutNew = new("PutSecret into an empty slot", Provisioned,
        StorageOperation.Send(Opcode.PutSecret, TokenHarness.PutPayload(2, "new one", KeyC, 6, 30)), false);

    public static readonly StorageOperation Overwrite = new("PutSecret over a used slot", Provisioned,
        StorageOperation.Send(Opcode.PutSecret, TokenHarness.PutPayload(0, "AWS root 2", KeyD, 8, 60)), false);

    public static readonly StorageOperation Delete = new("DeleteSlot", Provisioned,
        StorageOperation.Send(Opcode.DeleteSlot, TokenHarness.Slot(1)), false);

    public static readonly StorageOperation Wipe = new("WipeAll", Provisioned,
        StorageOperation.Send(Opcode.WipeAll, Array.Empty<byte>()), false);

    public static readonly StorageOperation FirstSync = new("SetTime, first sync", NeverSynced,
        StorageOperation.SendSetTime, true);

    public static readonly StorageOperation SecondSync = new("SetTime, second sync (trim measured)", SyncedAWeekAgo,
        StorageOperation.SendSetTime, true);

    public static readonly StorageOperation LaterSync = new("SetTime, sync 30 days after the trim was measured", ProvisionedAMonthLater,
        StorageOperation.SendSetTime, true);

    public static readonly StorageOperation StoppedSync = new("SetTime on a stopped RTC (the chip is written)", RtcStopped,
        StorageOperation.SendSetTime, true);

    public TestContext TestContext { get; set; }

    /// <summary>Synced, then a week later synced again, as TwoSyncsAWeekApartMeasureTheDrift does.</summary>
    private static TokenHarness Calibrated()
    {
        var h = new TokenHarness(TokenHarness.Now, DriftPartsPerBillion);
        h.Boot();
        h.SyncTime();
        h.Run(h.Config.DisplayTimeoutMilliseconds + 100);
        h.Platform.Time.Advance(7 * Day);
        h.ShortPress();
        h.Run(1500);
        h.SyncTime();
        return h;
    }

    [TestMethod]
    public void PutSecretIntoAnEmptySlotIsAtomic() => Check(PutNew);

    [TestMethod]
    public void PutSecretOverAUsedSlotIsAtomic() => Check(Overwrite);

    [TestMethod]
    public void DeleteSlotIsAtomic() => Check(Delete);

    [TestMethod]
    public void WipeAllIsAtomic() => Check(Wipe);

    [TestMethod]
    public void TheFirstSyncIsAtomic() => Check(FirstSync);

    [TestMethod]
    public void TheSyncThatMeasuresTheTrimIsAtomic() => Check(SecondSync);

    [TestMethod]
    public void ALaterSyncIsAtomic() => Check(LaterSync);

    [TestMethod]
    public void ASyncThatWritesAStoppedRtcIsAtomic() => Check(StoppedSync);

    /// <summary>
    /// The clock, not just the stored fields, after a cut during a sync's save. Regression test: these runs
    /// found that the sync wrote the RTC before it saved the calibration, so a cut before the save's commit
    /// point rebooted with the new RTC time under the old anchor and trim, 52 s off with no warning. Fixed in
    /// the core by recording an offset instead of rewriting a running RTC (docs/power-loss.md).
    /// </summary>
    [TestMethod]
    public void AfterACutDuringALaterSyncTheClockIsStillRight()
    {
        CutReport report = Exercise(LaterSync, cleanCutsOnly: true);
        Assert.IsTrue(report.WorstClockErrorMilliseconds <= 1000, "worst clock error after a cut: " + report.WorstClockErrorMilliseconds + " ms");
    }

    /// <summary>
    /// Regression test for the quieter consequence of the same bug: a cut during the sync that measures the trim
    /// rebooted with the RTC already set and the old calibration; the re-sync then measured no drift over a
    /// week-long interval, stored a trim of about 0, and the clock drifted 20 ppm untrimmed with no warning.
    /// </summary>
    [TestMethod]
    public void AfterACutDuringTheTrimMeasuringSyncTheNextSyncStillGivesAGoodTrim()
    {
        TokenHarness h = SecondSync.Pre.Value.Start();
        SecondSync.Request(h);
        h.Platform.FakeStorage.CutAfterBytes(0);
        SecondSync.Confirm(h);
        h.Single(Status.StorageError);
        h.Platform.FakeStorage.Disarm();
        h.Reboot();
        Assert.IsTrue(h.App.Clock.NeedsSyncWarning(h.Uptime), "the token asks for a sync");
        h.SyncTime();
        h.Run(h.Config.DisplayTimeoutMilliseconds + 100);
        h.Platform.Time.Advance(30 * Day);
        h.ShortPress();
        h.Run(1500);
        long error = h.App.Clock.NowUnixMilliseconds(h.Uptime) - h.Platform.Time.TrueUnixMilliseconds;
        TestContext.WriteLine("trim after the re-sync " + h.App.Clock.DriftPartsPerBillion + " ppb; error 30 days later " + error
            + " ms; warning " + h.App.Clock.NeedsSyncWarning(h.Uptime));
        Assert.IsTrue(Math.Abs(h.App.Clock.DriftPartsPerBillion - DriftPartsPerBillion) <= 1000, "trim " + h.App.Clock.DriftPartsPerBillion + " ppb for a 20 ppm RTC");
        Assert.IsTrue(Math.Abs(error) <= 2000 || h.App.Clock.NeedsSyncWarning(h.Uptime), "30 days later the clock is " + error + " ms off and shows no warning");
    }

    private void Check(StorageOperation op)
    {
        CutReport report = Exercise(op, cleanCutsOnly: false);
        TestContext.WriteLine(report.ToString());
    }

    /// <summary>What the cuts of one operation did.</summary>
    private sealed class CutReport
    {
        public string Operation;
        public int BytesPerSave;
        public int WritesPerSave;
        public int Clean;
        public int Garbage;
        public int Scattered;
        public int Old;
        public int New;
        public int ResavedAfterCut;
        public long WorstClockErrorMilliseconds;
        public long WorstClockErrorOldMilliseconds;
        public long WorstClockErrorNewMilliseconds;
        public bool SetsTime;
        public double Seconds;

        public override string ToString() =>
            "power cuts [" + FuzzSettings.Mode + "] " + Operation + ": save = " + WritesPerSave + " writes, " + BytesPerSave + " bytes; "
            + (Clean + Garbage + Scattered) + " cut points (" + Clean + " clean at every byte, " + Garbage + " with a garbage byte, "
            + Scattered + " scattered); rebooted old " + Old + ", new " + New + ", neither 0; "
            + "each old answered StorageError and each new answered Ok; saves after a cut: " + ResavedAfterCut + " ok"
            + (SetsTime ? "; worst clock error after reboot: old state " + WorstClockErrorOldMilliseconds + " ms, new state " + WorstClockErrorNewMilliseconds + " ms" : string.Empty)
            + "; " + Seconds.ToString("0.0") + " s";
    }

    private static CutReport Exercise(StorageOperation op, bool cleanCutsOnly)
    {
        var watch = Stopwatch.StartNew();
        var report = new CutReport { Operation = op.Name, SetsTime = op.SetsTime };

        // The reference run: no cut. It gives the new state and the size of the save.
        TokenHarness h = op.Pre.Value.Start();
        string old = TokenState.Of(h.App);
        op.Request(h);
        long bytesBefore = h.Platform.FakeStorage.BytesWritten;
        int writesBefore = h.Platform.FakeStorage.WriteCount;
        op.Confirm(h);
        h.Single(Status.Ok);
        report.BytesPerSave = (int)(h.Platform.FakeStorage.BytesWritten - bytesBefore);
        report.WritesPerSave = h.Platform.FakeStorage.WriteCount - writesBefore;
        h.Reboot();
        string updated = TokenState.Of(h.App);
        Assert.AreNotEqual(old, updated, op + " changes the state");
        Assert.AreEqual(StateStore.RequiredSize, report.BytesPerSave, "a save writes both banks");

        foreach (PowerCut cut in Cuts(report.BytesPerSave, cleanCutsOnly))
        {
            h = op.Pre.Value.Start();
            op.Request(h);
            var storage = h.Platform.FakeStorage;
            storage.ResetCounters();
            cut.Arm(storage);
            op.Confirm(h);
            Assert.AreEqual(1, storage.CutsFired, cut + ": the cut fired");
            storage.Disarm();

            // On the device the cut is the end; here the app caught the port's exception and answered, and must
            // have kept talking protocol.
            Reply[] replies = h.Replies();
            Assert.AreEqual(1, replies.Length, cut + ": one final reply");
            Status answered = replies[0].Status;
            h.Reboot();
            Assert.IsTrue(h.App.BootLoad == LoadResult.Loaded || h.App.BootLoad == LoadResult.RecoveredOlderCopy, cut + ": boot found " + h.App.BootLoad);
            string after = TokenState.Of(h.App);
            if (after == old)
            {
                report.Old++;
                Assert.AreEqual(Status.StorageError, answered, cut + ": the old state came back, so the host is told nothing changed");
            }
            else if (after == updated)
            {
                report.New++;
                Assert.AreEqual(Status.Ok, answered, cut + ": the new image had committed, so the host is told Ok");
            }
            else
            {
                Assert.Fail(op + ", " + cut + ": rebooted into neither state." + Environment.NewLine + "old:   " + old
                    + Environment.NewLine + "new:   " + updated + Environment.NewLine + "found: " + after);
            }

            if (op.SetsTime)
            {
                h.Run(1500);
                long error = Math.Abs(h.App.Clock.NowUnixMilliseconds(h.Uptime) - h.Platform.Time.TrueUnixMilliseconds);
                bool doubts = h.App.Clock.State != HardwareToken.Core.Time.ClockState.Ok || h.App.Clock.NeedsSyncWarning(h.Uptime);
                Assert.IsTrue(error <= 1000 || doubts, op + ", " + cut + ": the clock is " + error + " ms off and the token does not say so");
                report.WorstClockErrorMilliseconds = Math.Max(report.WorstClockErrorMilliseconds, error);
                if (after == old)
                {
                    report.WorstClockErrorOldMilliseconds = Math.Max(report.WorstClockErrorOldMilliseconds, error);
                }
                else
                {
                    report.WorstClockErrorNewMilliseconds = Math.Max(report.WorstClockErrorNewMilliseconds, error);
                }
            }

            if (cut.Offset % 97 == 0)
            {
                // The store stays usable: the next save after a cut lands and survives a reboot.
                h.Provision(5, "after cut", KeyB);
                h.Reboot();
                Assert.AreEqual("after cut", h.App.Accounts.GetLabel(5), cut + ": a save after the cut works");
                report.ResavedAfterCut++;
            }

            if (cut.IsClean)
            {
                report.Clean++;
            }
            else if (cut.IsScattered)
            {
                report.Scattered++;
            }
            else
            {
                report.Garbage++;
            }
        }

        report.Seconds = watch.Elapsed.TotalSeconds;
        Assert.IsTrue(report.Old > 0 && report.New > 0, "cuts before and after the commit point were both exercised");
        return report;
    }

    /// <summary>
    /// A clean cut after every byte of the save; cuts leaving a garbage byte (every 8th byte by default, every
    /// byte in long mode); scattered cuts in each of the save's writes (8 seeds each, 64 in long mode).
    /// </summary>
    private static IEnumerable<PowerCut> Cuts(int bytes, bool cleanOnly)
    {
        for (int offset = 0; offset < bytes; offset++)
        {
            yield return PowerCut.Clean(offset);
        }

        if (cleanOnly)
        {
            yield break;
        }

        int stride = FuzzSettings.Pick(8, 1);
        for (int offset = 0; offset < bytes; offset += stride)
        {
            yield return PowerCut.Garbage(offset, (offset * 37) & 0xFF);
        }

        int seeds = FuzzSettings.Pick(8, 64);
        int half = bytes / 2;
        for (uint seed = 1; seed <= seeds; seed++)
        {
            yield return PowerCut.Scattered(0, seed);
            yield return PowerCut.Scattered(half, seed);
        }
    }
}
