using System;
using HardwareToken.Firmware;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace HardwareToken.Hardware.Tests
{
    /// <summary>firmware/HardwareToken.Firmware/UnixTime.cs against .NET's own Unix-time conversion.</summary>
    [TestClass]
    public sealed class UnixTimeTests
    {
        [TestMethod]
        public void KnownInstants()
        {
            Assert.AreEqual(0L, UnixTime.FromDateTime(new DateTime(1970, 1, 1, 0, 0, 0, DateTimeKind.Utc)));
            Assert.AreEqual(946684800L, UnixTime.FromDateTime(new DateTime(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc)));
            Assert.AreEqual(1234567890L, UnixTime.FromDateTime(new DateTime(2009, 2, 13, 23, 31, 30, DateTimeKind.Utc)));
            Assert.AreEqual(2000000000L, UnixTime.FromDateTime(new DateTime(2033, 5, 18, 3, 33, 20, DateTimeKind.Utc)));
            Assert.AreEqual(4102444799L, UnixTime.FromDateTime(new DateTime(2099, 12, 31, 23, 59, 59, DateTimeKind.Utc)));
        }

        [TestMethod]
        public void RoundTripsAgreeWithDateTimeOffset()
        {
            Random random = new Random(1307);
            for (int i = 0; i < 10000; i++)
            {
                long seconds = UnixTime.FirstRtcSecond + (long)(random.NextDouble() * (UnixTime.LastRtcSecond - UnixTime.FirstRtcSecond));
                DateTime expected = DateTimeOffset.FromUnixTimeSeconds(seconds).UtcDateTime;
                DateTime actual = UnixTime.ToDateTime(seconds);
                Assert.AreEqual(expected.Ticks, actual.Ticks, "ToDateTime(" + seconds + ")");
                Assert.AreEqual(seconds, UnixTime.FromDateTime(actual), "FromDateTime(ToDateTime(" + seconds + "))");
            }
        }

        [TestMethod]
        public void SubSecondsAreDropped()
        {
            DateTime whole = new DateTime(2030, 6, 1, 12, 0, 0, DateTimeKind.Utc);
            long expected = new DateTimeOffset(whole).ToUnixTimeSeconds();
            Assert.AreEqual(expected, UnixTime.FromDateTime(whole.AddMilliseconds(999)));
            Assert.AreEqual(expected, UnixTime.FromDateTime(whole));
        }

        [TestMethod]
        public void RtcRangeIsTheYears2000To2099()
        {
            Assert.IsTrue(UnixTime.FitsRtc(UnixTime.FirstRtcSecond));
            Assert.IsTrue(UnixTime.FitsRtc(UnixTime.LastRtcSecond));
            Assert.IsFalse(UnixTime.FitsRtc(UnixTime.FirstRtcSecond - 1));
            Assert.IsFalse(UnixTime.FitsRtc(UnixTime.LastRtcSecond + 1));
            Assert.AreEqual(2000, UnixTime.ToDateTime(UnixTime.FirstRtcSecond).Year);
            Assert.AreEqual(2099, UnixTime.ToDateTime(UnixTime.LastRtcSecond).Year);
            Assert.AreEqual(2100, UnixTime.ToDateTime(UnixTime.LastRtcSecond + 1).Year);
        }
    }
}
