using System;
using HardwareToken.Core.Crypto;
using HardwareToken.Core.Tests.Support;
#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif

namespace HardwareToken.Core.Tests.Crypto
{
    /// <summary>RFC 2202 §3 HMAC-SHA1 test cases 1 to 7.</summary>
    [TestClass]
    public class HmacSha1Tests
    {
        [TestMethod]
        public void Rfc2202Case1()
        {
            Assert.AreEqual("b617318655057264e28bc0b6fb378c8ef146be00", Mac(Hex.Repeat(0x0b, 20), Hex.Ascii("Hi There")));
        }

        [TestMethod]
        public void Rfc2202Case2()
        {
            Assert.AreEqual("effcdf6ae5eb2fa2d27416d5f184df9c259a7c79", Mac(Hex.Ascii("Jefe"), Hex.Ascii("what do ya want for nothing?")));
        }

        [TestMethod]
        public void Rfc2202Case3()
        {
            Assert.AreEqual("125d7342b9ac11cd91a39af48aa17b4f63f175d3", Mac(Hex.Repeat(0xaa, 20), Hex.Repeat(0xdd, 50)));
        }

        [TestMethod]
        public void Rfc2202Case4()
        {
            Assert.AreEqual(
                "4c9007f4026250c6bc8414f9bf50c86c2d7235da",
                Mac(Hex.Decode("0102030405060708090a0b0c0d0e0f10111213141516171819"), Hex.Repeat(0xcd, 50)));
        }

        [TestMethod]
        public void Rfc2202Case5()
        {
            Assert.AreEqual("4c1a03424b55e07fe7f27be1d58bb9324a9a5a04", Mac(Hex.Repeat(0x0c, 20), Hex.Ascii("Test With Truncation")));
        }

        [TestMethod]
        public void Rfc2202Case6LongKeyIsHashedFirst()
        {
            Assert.AreEqual(
                "aa4ae5e15272d00e95705637ce8a3b55ed402112",
                Mac(Hex.Repeat(0xaa, 80), Hex.Ascii("Test Using Larger Than Block-Size Key - Hash Key First")));
        }

        [TestMethod]
        public void Rfc2202Case7LongKeyAndLongData()
        {
            Assert.AreEqual(
                "e8e99d0f45237d786d6bbaa7965c7808bbff1a91",
                Mac(Hex.Repeat(0xaa, 80), Hex.Ascii("Test Using Larger Than Block-Size Key and Larger Than One Block-Size Data")));
        }

        [TestMethod]
        public void CounterPathCostsTwoCompressions()
        {
            HmacSha1 mac = new HmacSha1(Hex.Repeat(0x42, 40), 0, 40);
            byte[] output = new byte[20];
            long before = mac.Compressions;
            mac.ComputeCounter(1, output, 0);
            Assert.AreEqual(2L, mac.Compressions - before);
            mac.ComputeCounter(2, output, 0);
            Assert.AreEqual(4L, mac.Compressions - before);
        }

        [TestMethod]
        public void CounterPathEqualsGenericPath()
        {
            HmacSha1 mac = new HmacSha1(Hex.Ascii("12345678901234567890"), 0, 20);
            byte[] fast = new byte[20];
            byte[] slow = new byte[20];
            mac.ComputeCounter(0x0102030405060708, fast, 0);
            mac.ComputeHash(Hex.Decode("0102030405060708"), 0, 8, slow, 0);
            Check.BytesEqual(slow, fast, "counter path");
        }

        [TestMethod]
        public void EmptyKeyIsRejected()
        {
            Check.Throws(typeof(ArgumentOutOfRangeException), SetEmptyKey, "empty key");
        }

        [TestMethod]
        public void UseWithoutKeyIsRejected()
        {
            Check.Throws(typeof(InvalidOperationException), ComputeWithoutKey, "no key");
        }

        [TestMethod]
        public void ClearForgetsTheKey()
        {
            HmacSha1 mac = new HmacSha1(Hex.Ascii("Jefe"), 0, 4);
            mac.Clear();
            Assert.IsFalse(mac.HasKey);
        }

        private static void SetEmptyKey()
        {
            new HmacSha1().SetKey(new byte[4], 0, 0);
        }

        private static void ComputeWithoutKey()
        {
            new HmacSha1().ComputeCounter(0, new byte[20], 0);
        }

        private static string Mac(byte[] key, byte[] message)
        {
            HmacSha1 mac = new HmacSha1(key, 0, key.Length);
            byte[] output = new byte[20];
            mac.ComputeHash(message, 0, message.Length, output, 0);
            return Hex.Encode(output, 0, 20);
        }
    }
}
