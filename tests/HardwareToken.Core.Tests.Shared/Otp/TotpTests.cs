using System;
using HardwareToken.Core.Otp;
using HardwareToken.Core.Tests.Support;
#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif

namespace HardwareToken.Core.Tests.Otp
{
    /// <summary>RFC 6238 Appendix B (SHA-1 rows, 8 digits) and AWS-shaped secrets.</summary>
    [TestClass]
    public class TotpTests
    {
        private static readonly long[] Times = { 59, 1111111109, 1111111111, 1234567890, 2000000000, 20000000000 };
        private static readonly int[] Codes = { 94287082, 7081804, 14050471, 89005924, 69279037, 65353130 };
        private static readonly int[] SixDigitCodes = { 287082, 81804, 50471, 5924, 279037, 353130 };

        [TestMethod]
        public void Rfc6238AppendixBSha1EightDigits()
        {
            OtpGenerator generator = HotpTests.Rfc4226Generator(8);
            for (int i = 0; i < Times.Length; i++)
            {
                Assert.AreEqual(Codes[i], generator.TotpCode(Times[i]), "T=" + Times[i].ToString());
            }
        }

        [TestMethod]
        public void Rfc6238AppendixBSha1SixDigits()
        {
            OtpGenerator generator = HotpTests.Rfc4226Generator(6);
            for (int i = 0; i < Times.Length; i++)
            {
                Assert.AreEqual(SixDigitCodes[i], generator.TotpCode(Times[i]), "T=" + Times[i].ToString());
            }
        }

        [TestMethod]
        public void CounterPast2038NeedsSixtyFourBits()
        {
            Assert.AreEqual(0x27BC86AAL, Totp.Counter(20000000000, 30, 0));
        }

        [TestMethod]
        public void AwsStyleFortyByteSecret()
        {
            // Bytes 1..40, the shape of the 64-character base32 secret AWS shows; codes from oathtool 2.6
            // and Python's hmac module.
            byte[] key = new byte[40];
            for (int i = 0; i < key.Length; i++)
            {
                key[i] = (byte)(i + 1);
            }

            OtpGenerator generator = new OtpGenerator();
            generator.SetKey(key, 0, key.Length, 6, 30, 0);
            Assert.AreEqual(520398, generator.TotpCode(59));
            Assert.AreEqual(819552, generator.TotpCode(1111111109));
            Assert.AreEqual(772371, generator.TotpCode(2000000000));
            Assert.AreEqual(430935, generator.TotpCode(20000000000));
        }

        [TestMethod]
        public void SecondsLeftCountsDownToTheBoundary()
        {
            Assert.AreEqual(30, Totp.SecondsLeft(60, 30, 0));
            Assert.AreEqual(1, Totp.SecondsLeft(89, 30, 0));
            Assert.AreEqual(60, Totp.SecondsLeft(120, 60, 0));
            Assert.AreEqual(29, Totp.SecondsLeft(1111111111, 30, 0));
        }

        [TestMethod]
        public void NextCodeIsTheCodeOfTheFollowingStep()
        {
            OtpGenerator generator = HotpTests.Rfc4226Generator(8);
            Assert.AreEqual(generator.TotpCode(1111111109 + 30), generator.NextTotpCode(1111111109));
        }

        [TestMethod]
        public void RollsOverExactlyAtTheStepBoundary()
        {
            OtpGenerator generator = HotpTests.Rfc4226Generator(6);
            Assert.AreEqual(generator.HotpCode(1), generator.TotpCode(59));
            Assert.AreEqual(generator.HotpCode(2), generator.TotpCode(60));
        }

        [TestMethod]
        public void SixtySecondPeriodAndT0()
        {
            OtpGenerator generator = new OtpGenerator();
            byte[] key = Hex.Ascii("12345678901234567890");
            generator.SetKey(key, 0, key.Length, 6, 60, 100);
            Assert.AreEqual(generator.HotpCode(0), generator.TotpCode(159));
            Assert.AreEqual(generator.HotpCode(1), generator.TotpCode(160));
            Assert.AreEqual(1, generator.SecondsLeft(159));
        }

        [TestMethod]
        public void TimeBeforeT0IsRejected()
        {
            Check.Throws(typeof(ArgumentOutOfRangeException), BeforeT0, "before T0");
        }

        [TestMethod]
        public void CodeCostsTwoCompressions()
        {
            OtpGenerator generator = HotpTests.Rfc4226Generator(6);
            long before = generator.Compressions;
            generator.TotpCode(1234567890);
            Assert.AreEqual(2L, generator.Compressions - before);
        }

        private static void BeforeT0()
        {
            Totp.Counter(5, 30, 10);
        }
    }
}
