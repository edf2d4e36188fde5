using HardwareToken.Core.Crypto;
using HardwareToken.Core.Tests.Support;
#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif

namespace HardwareToken.Core.Tests.Crypto
{
    /// <summary>FIPS 180-2 Appendix A / NIST CAVS known answers.</summary>
    [TestClass]
    public class Sha1Tests
    {
        [TestMethod]
        public void Abc()
        {
            Assert.AreEqual("a9993e364706816aba3e25717850c26c9cd0d89d", Digest(Hex.Ascii("abc")));
        }

        [TestMethod]
        public void Empty()
        {
            Assert.AreEqual("da39a3ee5e6b4b0d3255bfef95601890afd80709", Digest(new byte[0]));
        }

        [TestMethod]
        public void TwoBlockMessage448Bits()
        {
            Assert.AreEqual(
                "84983e441c3bd26ebaae4aa1f95129e5e54670f1",
                Digest(Hex.Ascii("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")));
        }

        [TestMethod]
        public void OneMillionA()
        {
            Sha1 sha = new Sha1();
            byte[] chunk = Hex.Repeat((byte)'a', 1000);
            for (int i = 0; i < 1000; i++)
            {
                sha.Update(chunk, 0, chunk.Length);
            }

            byte[] digest = new byte[20];
            sha.Final(digest, 0);
            Assert.AreEqual("34aa973cd4c4daa4f61eeb2bdbad27316534016f", Hex.Encode(digest, 0, 20));
        }

        [TestMethod]
        public void PaddingBoundaries()
        {
            // 55 bytes fit the length in one block; 56..63 need a second one; 64 is exactly one block.
            Assert.AreEqual("c1c8bbdc22796e28c0e15163d20899b65621d65a", Digest(Hex.Repeat((byte)'a', 55)));
            Assert.AreEqual("c2db330f6083854c99d4b5bfb6e8f29f201be699", Digest(Hex.Repeat((byte)'a', 56)));
            Assert.AreEqual("0098ba824b5c16427bd7a1122a5a442a25ec644d", Digest(Hex.Repeat((byte)'a', 64)));
        }

        [TestMethod]
        public void SplitUpdatesMatchOneUpdate()
        {
            byte[] data = Hex.Ascii("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq");
            Sha1 sha = new Sha1();
            for (int i = 0; i < data.Length; i++)
            {
                sha.Update(data, i, 1);
            }

            byte[] digest = new byte[20];
            sha.Final(digest, 0);
            Assert.AreEqual("84983e441c3bd26ebaae4aa1f95129e5e54670f1", Hex.Encode(digest, 0, 20));
        }

        [TestMethod]
        public void InstanceIsReusableAfterFinal()
        {
            Sha1 sha = new Sha1();
            byte[] abc = Hex.Ascii("abc");
            byte[] digest = new byte[20];
            sha.Update(abc, 0, 3);
            sha.Final(digest, 0);
            sha.Update(abc, 0, 3);
            sha.Final(digest, 0);
            Assert.AreEqual("a9993e364706816aba3e25717850c26c9cd0d89d", Hex.Encode(digest, 0, 20));
        }

        [TestMethod]
        public void CountsCompressions()
        {
            Sha1 sha = new Sha1();
            byte[] digest = new byte[20];
            sha.Update(Hex.Repeat(1, 55), 0, 55);
            sha.Final(digest, 0);
            Assert.AreEqual(1L, sha.Compressions);
            sha.Update(Hex.Repeat(1, 56), 0, 56);
            sha.Final(digest, 0);
            Assert.AreEqual(3L, sha.Compressions);
        }

        private static string Digest(byte[] message)
        {
            Sha1 sha = new Sha1();
            sha.Update(message, 0, message.Length);
            byte[] digest = new byte[20];
            sha.Final(digest, 0);
            return Hex.Encode(digest, 0, 20);
        }
    }
}
