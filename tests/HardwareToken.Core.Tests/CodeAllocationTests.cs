using System;
using HardwareToken.Core.Otp;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace HardwareToken.Core.Tests
{
    /// <summary>
    /// Desktop-only (nanoFramework has no allocation counter): computing a code allocates nothing once the key is set,
    /// for every key length class (one block, a full block, longer than a block and so hashed first).
    /// </summary>
    [TestClass]
    public class CodeAllocationTests
    {
        [TestMethod]
        public void ComputingCodesDoesNotAllocate()
        {
            foreach (int keyLength in new[] { 20, 40, 64, 100 })
            {
                byte[] key = new byte[keyLength];
                for (int i = 0; i < key.Length; i++)
                {
                    key[i] = (byte)(i * 7);
                }

                var generator = new OtpGenerator();
                generator.SetKey(key, 0, key.Length, 6, 30, 0);
                int sink = generator.TotpCode(1795000000) ^ generator.NextTotpCode(1795000000); // warm up (JIT, statics)
                long before = GC.GetAllocatedBytesForCurrentThread();
                for (int i = 0; i < 1000; i++)
                {
                    sink ^= generator.TotpCode(1795000000 + (i * 30L));
                    sink ^= generator.HotpCode(i);
                }

                long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
                Assert.AreEqual(0L, allocated, "bytes allocated computing codes with a " + keyLength + "-byte key (sink " + sink + ")");
            }
        }
    }
}
