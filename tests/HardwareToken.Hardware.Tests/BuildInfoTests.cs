using System;
using HardwareToken.Core.App;
using HardwareToken.Core.Time;
using HardwareToken.Firmware;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace HardwareToken.Hardware.Tests
{
    /// <summary>firmware/HardwareToken.Firmware/BuildInfo.cs: the release facts handed to the core.</summary>
    [TestClass]
    public sealed class BuildInfoTests
    {
        [TestMethod]
        public void BuildTimeIsNotInTheFuture()
        {
            // A build time in the future would make the core reject a correct RTC as "never set".
            long now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
            Assert.IsTrue(BuildInfo.FirmwareBuildUnixSeconds <= now, "BuildInfo.FirmwareBuildUnixSeconds lies in the future");
        }

        [TestMethod]
        public void BuildTimeIsNotBeforeTheCoresDefaultAndFitsTheRtc()
        {
            Assert.IsTrue(BuildInfo.FirmwareBuildUnixSeconds >= new TokenConfig().FirmwareBuildUnixSeconds);
            Assert.IsTrue(UnixTime.FitsRtc(BuildInfo.FirmwareBuildUnixSeconds));
        }

        [TestMethod]
        public void BuildTimeIsAWholeUtcDay()
        {
            Assert.AreEqual(0L, BuildInfo.FirmwareBuildUnixSeconds % 86400, "use midnight UTC of the release day");
        }

        [TestMethod]
        public void VersionIsMajorMinorPatch()
        {
            string[] parts = BuildInfo.FirmwareVersion.Split('.');
            Assert.AreEqual(3, parts.Length, BuildInfo.FirmwareVersion);
            foreach (string part in parts)
            {
                Assert.IsTrue(int.TryParse(part, out int n) && n >= 0, BuildInfo.FirmwareVersion);
            }
        }

        [TestMethod]
        public void RtcChipIsASupportedOne()
        {
            Assert.IsTrue(BuildInfo.Rtc == RtcChip.Ds1307 || BuildInfo.Rtc == RtcChip.Ds3231);
        }
    }
}
