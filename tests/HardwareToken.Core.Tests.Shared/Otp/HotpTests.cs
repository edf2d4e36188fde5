using HardwareToken.Core.Otp;
using HardwareToken.Core.Tests.Support;
#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif

namespace HardwareToken.Core.Tests.Otp
{
    /// <summary>RFC 4226 Appendix D: secret "12345678901234567890", counters 0 to 9.</summary>
    [TestClass]
    public class HotpTests
    {
        private static readonly int[] Expected =
        {
            755224, 287082, 359152, 969429, 338314, 254676, 287922, 162583, 399871, 520489,
        };

        [TestMethod]
        public void Rfc4226AppendixD()
        {
            OtpGenerator generator = Rfc4226Generator(6);
            for (int counter = 0; counter < Expected.Length; counter++)
            {
                Assert.AreEqual(Expected[counter], generator.HotpCode(counter), "counter " + counter.ToString());
            }
        }

        [TestMethod]
        public void TruncationOfAppendixDIntermediateValue()
        {
            // RFC 4226 §5.4: the HMAC for counter 0 truncates to 0x4c93cf18 = 1284755224.
            byte[] hmac = Hex.Decode("cc93cf18508d94934c64b65d8ba7667fb7cde4b0");
            Assert.AreEqual(755224, Hotp.Truncate(hmac, 0, 6));
            Assert.AreEqual(84755224, Hotp.Truncate(hmac, 0, 8));
        }

        [TestMethod]
        public void SevenAndEightDigits()
        {
            OtpGenerator generator = Rfc4226Generator(8);
            Assert.AreEqual(84755224, generator.HotpCode(0));
            Assert.AreEqual(94287082, generator.HotpCode(1));
        }

        [TestMethod]
        public void DigitsOutsideSixToEightAreRejected()
        {
            Check.Throws(typeof(System.ArgumentOutOfRangeException), FiveDigits, "5 digits");
            Check.Throws(typeof(System.ArgumentOutOfRangeException), NineDigits, "9 digits");
        }

        [TestMethod]
        public void FormatKeepsLeadingZeros()
        {
            Assert.AreEqual("081804", OtpFormat.Format(81804, 6));
            Assert.AreEqual("00000042", OtpFormat.Format(42, 8));
        }

        private static void FiveDigits()
        {
            Rfc4226Generator(5);
        }

        private static void NineDigits()
        {
            Rfc4226Generator(9);
        }

        internal static OtpGenerator Rfc4226Generator(int digits)
        {
            byte[] key = Hex.Ascii("12345678901234567890");
            OtpGenerator generator = new OtpGenerator();
            generator.SetKey(key, 0, key.Length, digits, 30, 0);
            return generator;
        }
    }
}
