using System;
using System.IO;
using System.Linq;
using HardwareToken.Firmware.Adapters;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace HardwareToken.Hardware.Tests
{
    /// <summary>Adapters/FlashFileStorage.cs run on a temp file against the INonVolatileStorage contract.</summary>
    [TestClass]
    public sealed class FlashFileStorageTests
    {
        private static string NewPath() => Path.Combine(Path.GetTempPath(), "hwtoken-storage-" + Guid.NewGuid().ToString("N") + ".bin");

        private static void WithFile(Action<string> test)
        {
            string path = NewPath();
            try
            {
                test(path);
            }
            finally
            {
                File.Delete(path);
            }
        }

        [TestMethod]
        public void ANewRegionReadsAllErased()
        {
            WithFile(path =>
            {
                FlashFileStorage storage = new FlashFileStorage(path, FlashFileStorage.DefaultSize);
                Assert.AreEqual(2048, storage.Size);
                Assert.AreEqual(2048L, new FileInfo(path).Length);
                byte[] all = new byte[storage.Size];
                storage.Read(0, all, 0, all.Length);
                Assert.IsTrue(all.All(b => b == 0xFF));
            });
        }

        [TestMethod]
        public void WritesLandWhereAskedAndSurviveReopening()
        {
            WithFile(path =>
            {
                FlashFileStorage storage = new FlashFileStorage(path, 1000);
                byte[] data = { 1, 2, 3, 4, 5, 6 };
                storage.Write(997, data, 3, 3);
                storage.Write(0, data, 0, 2);

                FlashFileStorage reopened = new FlashFileStorage(path, 1000);
                byte[] all = new byte[1000];
                reopened.Read(0, all, 0, all.Length);
                Assert.AreEqual(1, all[0]);
                Assert.AreEqual(2, all[1]);
                Assert.AreEqual(0xFF, all[2]);
                Assert.AreEqual(0xFF, all[996]);
                Assert.AreEqual(4, all[997]);
                Assert.AreEqual(5, all[998]);
                Assert.AreEqual(6, all[999]);

                byte[] part = new byte[5];
                reopened.Read(998, part, 3, 2);
                CollectionAssert.AreEqual(new byte[] { 0, 0, 0, 5, 6 }, part);
            });
        }

        [TestMethod]
        public void AShortFileIsExtendedWithErasedBytesKeepingItsContents()
        {
            WithFile(path =>
            {
                File.WriteAllBytes(path, new byte[] { 0x11, 0x22, 0x33 });
                FlashFileStorage storage = new FlashFileStorage(path, 700);
                Assert.AreEqual(700L, new FileInfo(path).Length);
                byte[] all = new byte[700];
                storage.Read(0, all, 0, all.Length);
                Assert.AreEqual(0x11, all[0]);
                Assert.AreEqual(0x22, all[1]);
                Assert.AreEqual(0x33, all[2]);
                Assert.IsTrue(all.Skip(3).All(b => b == 0xFF));
            });
        }

        [TestMethod]
        public void ALongerFileIsLeftAlone()
        {
            WithFile(path =>
            {
                File.WriteAllBytes(path, Enumerable.Range(0, 300).Select(i => (byte)i).ToArray());
                FlashFileStorage storage = new FlashFileStorage(path, 256);
                Assert.AreEqual(300L, new FileInfo(path).Length);
                byte[] last = new byte[1];
                storage.Read(255, last, 0, 1);
                Assert.AreEqual(255, last[0]);
            });
        }

        [TestMethod]
        public void AccessOutsideTheRegionThrows()
        {
            WithFile(path =>
            {
                FlashFileStorage storage = new FlashFileStorage(path, 64);
                byte[] buffer = new byte[8];
                Assert.ThrowsExactly<ArgumentOutOfRangeException>(() => storage.Read(60, buffer, 0, 5));
                Assert.ThrowsExactly<ArgumentOutOfRangeException>(() => storage.Write(-1, buffer, 0, 1));
                Assert.ThrowsExactly<ArgumentOutOfRangeException>(() => storage.Write(0, buffer, 4, 5));
                Assert.ThrowsExactly<ArgumentOutOfRangeException>(() => storage.Read(0, buffer, -1, 1));
                Assert.ThrowsExactly<ArgumentNullException>(() => storage.Read(0, null, 0, 1));
                storage.Read(64, buffer, 8, 0);
                storage.Write(56, buffer, 0, 8);
            });
        }
    }
}
