using HardwareToken.Core.Tests.Fakes;
using HardwareToken.Core.Time;
#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif

namespace HardwareToken.Core.Tests.Time
{
    [TestClass]
    public class ClockServiceTests
    {
        private const long Build = 1767225600; // 2026-01-01
        private const long Start = 1795000000123; // ms, 2026-11-18
        private const long Day = 86400000;

        [TestMethod]
        public void ReportsHaltedUnreadableAndNeverSet()
        {
            SimulatedTime time = new SimulatedTime(Start);
            DriftingRtc rtc = new DriftingRtc(time, 946684800, 0); // 2000-01-01: a DS1307 fresh from the box
            ClockService clock = new ClockService(rtc, Build);
            Assert.AreEqual((int)ClockState.NotSet, (int)clock.Poll(time.Milliseconds));
            rtc.Halted = true;
            Assert.AreEqual((int)ClockState.Halted, (int)clock.Poll(time.Milliseconds));
            rtc.Unreadable = true;
            Assert.AreEqual((int)ClockState.Unreadable, (int)clock.Poll(time.Milliseconds));
        }

        [TestMethod]
        public void KnowsWhereTheSecondStarts()
        {
            SimulatedTime time = new SimulatedTime(Start);
            DriftingRtc rtc = new DriftingRtc(time, Start / 1000, 0);
            ClockService clock = new ClockService(rtc, Build);
            Run(clock, time, 2000);
            long error = clock.NowUnixMilliseconds(time.Milliseconds) - time.TrueUnixMilliseconds;
            Assert.IsTrue(error <= 20 && error >= -20 - 123, "error " + error.ToString() + " ms");
        }

        [TestMethod]
        public void FirstSyncSetsTheTimeOnTheSecondBoundary()
        {
            SimulatedTime time = new SimulatedTime(Start);
            DriftingRtc rtc = new DriftingRtc(time, 946684800, 0);
            ClockService clock = new ClockService(rtc, Build);
            Sync(clock, time);
            Assert.AreEqual((int)CalibrationOutcome.NoBaseline, (int)clock.LastOutcome);
            Assert.AreEqual(1, clock.SyncCount);
            Assert.AreEqual((int)ClockState.Ok, (int)clock.Poll(time.Milliseconds));
            long rtcError = rtc.RtcMilliseconds - time.TrueUnixMilliseconds;
            Assert.IsTrue(rtcError > -60 && rtcError < 60, "RTC phase error " + rtcError.ToString() + " ms");
            Assert.IsTrue(clock.LastSyncUnixSeconds > 0);
        }

        [TestMethod]
        public void MeasuresTwentyPpmOverAWeekAndHoldsTwoSecondsForThirtyDays()
        {
            CheckTrim(20000);
            CheckTrim(-20000);
            CheckTrim(2000);
            CheckTrim(-2000);
        }

        [TestMethod]
        public void RefusesAnImplausibleDrift()
        {
            SimulatedTime time = new SimulatedTime(Start);
            DriftingRtc rtc = new DriftingRtc(time, Start / 1000, 0);
            ClockService clock = new ClockService(rtc, Build);
            Sync(clock, time);
            time.Advance(2 * Day);
            rtc.Force(rtc.RtcMilliseconds + 3600000); // someone moved the clock an hour
            Sync(clock, time);
            Assert.AreEqual((int)CalibrationOutcome.Implausible, (int)clock.LastOutcome);
            Assert.AreEqual(0, clock.DriftPartsPerBillion);
        }

        [TestMethod]
        public void IgnoresSyncsLessThanADayApart()
        {
            SimulatedTime time = new SimulatedTime(Start);
            DriftingRtc rtc = new DriftingRtc(time, Start / 1000, 50000);
            ClockService clock = new ClockService(rtc, Build);
            Sync(clock, time);
            time.Advance(Day / 2);
            Sync(clock, time);
            Assert.AreEqual((int)CalibrationOutcome.IntervalTooShort, (int)clock.LastOutcome);
            Assert.AreEqual(0, clock.DriftPartsPerBillion);
            Assert.AreEqual(2, clock.SyncCount);
        }

        [TestMethod]
        public void WarnsWhenNeverSyncedOrLongUncalibrated()
        {
            SimulatedTime time = new SimulatedTime(Start);
            DriftingRtc rtc = new DriftingRtc(time, Start / 1000, 0);
            ClockService clock = new ClockService(rtc, Build);
            Run(clock, time, 1500);
            Assert.IsTrue(clock.NeedsSyncWarning(time.Milliseconds), "never synced");
            Sync(clock, time);
            Assert.IsFalse(clock.NeedsSyncWarning(time.Milliseconds), "just synced");
            time.Advance(6 * Day);
            Run(clock, time, 1500);
            Assert.IsTrue(clock.NeedsSyncWarning(time.Milliseconds), "a single sync, assumed 20 ppm, six days later");
        }

        [TestMethod]
        public void AFailedWriteChangesNothing()
        {
            SimulatedTime time = new SimulatedTime(Start);
            DriftingRtc rtc = new DriftingRtc(time, 946684800, 0);
            ClockService clock = new ClockService(rtc, Build);
            rtc.RefuseWrites = true;
            Sync(clock, time);
            Assert.IsFalse(clock.LastSyncWritten);
            Assert.AreEqual(0, clock.SyncCount);
            Assert.AreEqual(0L, clock.LastSyncUnixSeconds);
        }

        private static void CheckTrim(int driftPpb)
        {
            SimulatedTime time = new SimulatedTime(Start);
            DriftingRtc rtc = new DriftingRtc(time, Start / 1000, driftPpb);
            ClockService clock = new ClockService(rtc, Build);
            Sync(clock, time);
            time.Advance(7 * Day);
            Sync(clock, time);
            Assert.AreEqual((int)CalibrationOutcome.Updated, (int)clock.LastOutcome);
            int measuredError = clock.DriftPartsPerBillion - driftPpb;
            Assert.IsTrue(measuredError < 200 && measuredError > -200, "trim off by " + measuredError.ToString() + " ppb for " + driftPpb.ToString());
            for (int day = 1; day <= 30; day++)
            {
                time.Advance(Day);
                Run(clock, time, 1100);
                long error = clock.NowUnixMilliseconds(time.Milliseconds) - time.TrueUnixMilliseconds;
                Assert.IsTrue(error < 2000 && error > -2000, "day " + day.ToString() + ": " + error.ToString() + " ms at " + driftPpb.ToString() + " ppb");
            }
        }

        private static void Run(ClockService clock, SimulatedTime time, int milliseconds)
        {
            for (int t = 0; t < milliseconds; t += 20)
            {
                clock.Poll(time.Milliseconds);
                time.Advance(20);
            }
        }

        internal static void Sync(ClockService clock, SimulatedTime time)
        {
            Run(clock, time, 100);
            time.Advance(7); // the host's clock reading is not on a poll boundary
            clock.BeginSync(time.TrueUnixMilliseconds, time.Milliseconds);
            int guard = 0;
            while (clock.SyncInProgress && guard++ < 1000)
            {
                int wait = clock.TickSync(time.Milliseconds);
                time.Advance(wait > 0 ? wait : 1);
            }

            Assert.IsFalse(clock.SyncInProgress, "sync finished");
        }
    }
}
