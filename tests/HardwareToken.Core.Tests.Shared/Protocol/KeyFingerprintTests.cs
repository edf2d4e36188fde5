using System;
using HardwareToken.Core.Protocol;
using HardwareToken.Core.Tests.Support;
#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif

namespace HardwareToken.Core.Tests.Protocol
{
    /// <summary>The fingerprint is the first 4 bytes of SHA-1("hwtoken-fingerprint-v1" || secret) (docs/protocol.md §6.2).</summary>
    [TestClass]
    public class KeyFingerprintTests
    {
        [TestMethod]
        public void Rfc6238SecretKnownAnswer()
        {
            // SHA-1("hwtoken-fingerprint-v1" "12345678901234567890") = 032f8cb4... (Python hashlib)
            byte[] destination = new byte[6];
            KeyFingerprint.Compute(Hex.Ascii("12345678901234567890"), 0, 20, destination, 1);
            Assert.AreEqual("00032f8cb400", Hex.Encode(destination, 0, 6), "written at the offset only");
        }

        [TestMethod]
        public void FortyByteSecretKnownAnswer()
        {
            // SHA-1("hwtoken-fingerprint-v1" 00 01 .. 27) = b5e30944... (Python hashlib)
            byte[] destination = new byte[4];
            KeyFingerprint.Compute(ProtocolTestKit.Counting(40), 0, 40, destination, 0);
            Assert.AreEqual("b5e30944", Hex.Encode(destination, 0, 4), "fingerprint");
        }

        [TestMethod]
        public void RejectsADestinationTooSmall()
        {
            Check.Throws(typeof(ArgumentOutOfRangeException), delegate { KeyFingerprint.Compute(new byte[1], 0, 1, new byte[4], 1); }, "offset 1 of 4");
        }
    }
}
