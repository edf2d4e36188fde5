using System;
using HardwareToken.Core.Tests.Fakes;
using HardwareToken.Core.Tests.Support;
#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif

namespace HardwareToken.Core.Tests.Storage
{
    /// <summary>The fake that every storage and scenario test relies on, held to its documented behaviour.</summary>
    [TestClass]
    public class MemoryStorageTests
    {
        [TestMethod]
        public void StartsErasedAndCounts()
        {
            MemoryStorage storage = new MemoryStorage(16);
            byte[] buffer = new byte[16];
            storage.Read(0, buffer, 0, 16);
            Check.BytesEqual(Hex.Repeat(0xFF, 16), buffer, "erased");
            storage.Write(4, new byte[] { 1, 2, 3 }, 0, 3);
            storage.Write(0, new byte[] { 9 }, 0, 1);
            Assert.AreEqual(1, storage.ReadCount, "reads");
            Assert.AreEqual(2, storage.WriteCount, "writes");
            Assert.AreEqual(4L, storage.BytesWritten, "bytes");
            Assert.AreEqual("09ffffff010203ff", Hex.Encode(storage.Snapshot(), 0, 8), "contents");
            storage.ResetCounters();
            Assert.AreEqual(0, storage.WriteCount, "reset");
            Assert.AreEqual(0L, storage.BytesWritten, "reset bytes");
        }

        [TestMethod]
        public void BoundsAreStrict()
        {
            Check.Throws(typeof(ArgumentOutOfRangeException), () => new MemoryStorage(8).Read(7, new byte[2], 0, 2), "read past the end");
            Check.Throws(typeof(ArgumentOutOfRangeException), () => new MemoryStorage(8).Write(-1, new byte[2], 0, 1), "negative address");
            Check.Throws(typeof(ArgumentOutOfRangeException), () => new MemoryStorage(8).Write(0, new byte[2], 1, 2), "past the buffer");
            Check.Throws(typeof(ArgumentOutOfRangeException), () => new MemoryStorage(8).Read(0, new byte[2], 0, -1), "negative count");
            Check.Throws(typeof(ArgumentNullException), () => new MemoryStorage(8).Write(0, null, 0, 0), "null buffer");
            Check.Throws(typeof(ArgumentOutOfRangeException), () => new MemoryStorage(8).Peek(8), "peek past the end");
            Check.Throws(typeof(ArgumentException), () => new MemoryStorage(8).Restore(new byte[7]), "snapshot of another size");
            new MemoryStorage(8).Write(8, new byte[0], 0, 0); // an empty write at the end is inside the region
        }

        [TestMethod]
        public void CutStoresThePrefixAcrossWrites()
        {
            MemoryStorage storage = new MemoryStorage(8);
            storage.CutAfterBytes(5);
            storage.Write(0, Hex.Repeat(0x11, 3), 0, 3);                 // bytes 0..2 of the count: stored
            Assert.IsTrue(storage.CutArmed, "still armed");
            Check.Throws(typeof(PowerCutException), () => storage.Write(3, Hex.Repeat(0x22, 4), 0, 4), "cut");
            Assert.AreEqual("1111112222ffffff", Hex.Encode(storage.Snapshot(), 0, 8), "two more bytes stored");
            Assert.IsFalse(storage.CutArmed, "a cut fires once");
            Assert.AreEqual(1, storage.CutsFired, "fired");
            Assert.AreEqual(5L, storage.BytesWritten, "bytes stored");
            storage.Write(0, Hex.Repeat(0x33, 8), 0, 8);
            Assert.AreEqual("3333333333333333", Hex.Encode(storage.Snapshot(), 0, 8), "writes work after a cut");
        }

        [TestMethod]
        public void CutCanLeaveAGarbageByte()
        {
            MemoryStorage storage = new MemoryStorage(6);
            storage.CutAfterBytes(2, 0x5A);
            Check.Throws(typeof(PowerCutException), () => storage.Write(0, Hex.Repeat(0x00, 6), 0, 6), "cut");
            Assert.AreEqual("00005affffff", Hex.Encode(storage.Snapshot(), 0, 6), "prefix, garbage, old bytes");

            storage.CutAfterBytes(0, 0x77);
            Check.Throws(typeof(PowerCutException), () => storage.Write(3, Hex.Repeat(0x00, 2), 0, 2), "cut at the first byte");
            Assert.AreEqual("00005a77ffff", Hex.Encode(storage.Snapshot(), 0, 6), "only the garbage byte changed");
        }

        [TestMethod]
        public void CutAtTheWriteBoundaryHitsTheNextWrite()
        {
            MemoryStorage storage = new MemoryStorage(4);
            storage.CutAfterBytes(2);
            storage.Write(0, Hex.Repeat(0x01, 2), 0, 2);
            Check.Throws(typeof(PowerCutException), () => storage.Write(2, Hex.Repeat(0x02, 2), 0, 2), "next write");
            Assert.AreEqual("0101ffff", Hex.Encode(storage.Snapshot(), 0, 4), "nothing of the second write");

            storage.CutAfterBytes(4);
            storage.Write(0, Hex.Repeat(0x03, 4), 0, 4);
            Assert.IsTrue(storage.CutArmed, "a cut past the last byte never fires");
            storage.Disarm();
            storage.Write(0, Hex.Repeat(0x04, 4), 0, 4);
            Assert.AreEqual("04040404", Hex.Encode(storage.Snapshot(), 0, 4), "disarmed: the write completes");
            Assert.AreEqual(1, storage.CutsFired, "only the first cut fired");
        }

        [TestMethod]
        public void ScatteredCutMixesOldAndNewBytes()
        {
            MemoryStorage storage = new MemoryStorage(64);
            storage.Write(0, Hex.Repeat(0x00, 64), 0, 64);
            storage.CutScattered(10, 42);
            Check.Throws(typeof(PowerCutException), () => storage.Write(0, Hex.Repeat(0x01, 64), 0, 64), "cut");
            byte[] after = storage.Snapshot();
            int changed = 0;
            for (int i = 0; i < after.Length; i++)
            {
                Assert.IsTrue(after[i] == 0x00 || after[i] == 0x01, "every byte is old or new");
                changed += after[i];
            }

            Assert.IsTrue(changed > 8 && changed < 56, "a mix: " + changed.ToString() + " new bytes");
        }

        [TestMethod]
        public void SnapshotAndRestore()
        {
            MemoryStorage storage = new MemoryStorage(4);
            storage.Write(0, new byte[] { 1, 2, 3, 4 }, 0, 4);
            byte[] snapshot = storage.Snapshot();
            storage.Poke(1, 9);
            snapshot[0] = 1; // the snapshot is a copy
            Assert.AreEqual((byte)9, storage.Peek(1), "poked");
            storage.Restore(snapshot);
            Assert.AreEqual("01020304", Hex.Encode(storage.Snapshot(), 0, 4), "restored");
        }
    }
}
