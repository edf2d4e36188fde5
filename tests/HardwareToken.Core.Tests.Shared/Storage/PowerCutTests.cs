using HardwareToken.Core.Accounts;
using HardwareToken.Core.Storage;
using HardwareToken.Core.Tests.Accounts;
using HardwareToken.Core.Tests.Fakes;
#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif

namespace HardwareToken.Core.Tests.Storage
{
    /// <summary>
    /// The storage promise, checked exhaustively: for each kind of change, cut the power at every byte of the
    /// save (with and without a garbage byte at the cut), reboot, and accept only exactly the old state or
    /// exactly the new one; then check that a save after the interrupted one works. Model-based in the manner of
    /// OpenSK's store driver, with the whole observable state (labels, parameters, fingerprints, codes, clock)
    /// compared as one description.
    /// </summary>
    [TestClass]
    public class PowerCutTests
    {
        private const int FirstPutOnErasedStorage = 0;
        private const int PutIntoEmptySlot = 1;
        private const int OverwriteSlot = 2;
        private const int DeleteSlot = 3;
        private const int WipeAll = 4;
        private const int ClockUpdate = 5;

#if NANOFRAMEWORK_1_0
        private const int Stride = 61; // every cut point would take minutes on a device; sample them
#else
        private const int Stride = 1;
#endif

        [TestMethod]
        public void CutDuringFirstPutOnErasedStorage()
        {
            AssertEveryCut(FirstPutOnErasedStorage);
        }

        [TestMethod]
        public void CutDuringPutIntoEmptySlot()
        {
            AssertEveryCut(PutIntoEmptySlot);
        }

        [TestMethod]
        public void CutDuringOverwrite()
        {
            AssertEveryCut(OverwriteSlot);
        }

        [TestMethod]
        public void CutDuringDelete()
        {
            AssertEveryCut(DeleteSlot);
        }

        [TestMethod]
        public void CutDuringWipeAll()
        {
            AssertEveryCut(WipeAll);
        }

        [TestMethod]
        public void CutDuringClockUpdate()
        {
            AssertEveryCut(ClockUpdate);
        }

        [TestMethod]
        public void ScatteredTornWritesForEveryOperation()
        {
            // The port contract allows any mix of old and new bytes in an interrupted write, not only a prefix.
            for (int kind = FirstPutOnErasedStorage; kind <= ClockUpdate; kind++)
            {
                MemoryStorage storage = PreState(kind, kind % 2 == 0);
                byte[] before = storage.Snapshot();
                string oldState = new BootedToken(storage).Describe();
                string newState;
                int total = CountBytes(storage, before, kind, out newState);
                int olds = 0;
                int news = 0;
                // 120 scattered cuts are already a sample: no Stride here, or the device would try two and could miss
                // one of the outcomes this test requires.
                for (int i = 0; i < 120; i++)
                {
                    int cut = (i * 977) % total;
                    storage.Restore(before);
                    BootedToken token = new BootedToken(storage);
                    Apply(kind, token.Accounts, token.Clock);
                    storage.CutScattered(cut, (uint)(i + 1));
                    bool fired = SaveCatchingCut(token);
                    Assert.IsTrue(fired, "kind " + kind.ToString() + " cut " + cut.ToString() + " fired");
                    string loaded = new BootedToken(storage).Describe();
                    if (loaded == oldState)
                    {
                        olds++;
                    }
                    else if (loaded == newState)
                    {
                        news++;
                    }
                    else
                    {
                        Assert.AreEqual(oldState, loaded, "kind " + kind.ToString() + " scattered cut " + cut.ToString());
                    }
                }

                Assert.IsTrue(olds > 0 && news > 0, "kind " + kind.ToString() + " saw both outcomes");
            }
        }

        /// <summary>
        /// Runs one kind of change with a power cut at every byte offset, twice: first from storage whose two banks
        /// hold the same state, leaving the byte at the cut point unchanged; then from storage whose banks differ
        /// (a previous save was cut between its two bank writes, so the older bank still holds an older state
        /// that must never come back), writing a garbage byte at the cut point.
        /// </summary>
        private static void AssertEveryCut(int kind)
        {
            int olds = 0;
            int news = 0;
            int tried = 0;
            int total = 0;
            for (int garbage = -1; garbage <= 0; garbage++)
            {
                bool divergent = garbage == 0 && kind != FirstPutOnErasedStorage;
                MemoryStorage storage = PreState(kind, divergent);
                byte[] before = storage.Snapshot();
                BootedToken preBoot = new BootedToken(storage);
                Assert.AreEqual((int)(kind == FirstPutOnErasedStorage ? LoadResult.Empty : LoadResult.Loaded), (int)preBoot.Result, "pre-state loads");
                string oldState = preBoot.Describe();
                string newState;
                total = CountBytes(storage, before, kind, out newState);
                Assert.AreEqual(2 * StorageFormat.BankSize, total, "a save writes both banks");
                Assert.IsFalse(oldState == newState, "the change is visible");

                int cut = 0;
                while (true)
                {
                    storage.Restore(before);
                    BootedToken token = new BootedToken(storage);
                    Apply(kind, token.Accounts, token.Clock);
                    int garbageByte = garbage < 0 ? -1 : ((cut * 37) + 11) & 0xFF;
                    storage.CutAfterBytes(cut, garbageByte);
                    bool fired = SaveCatchingCut(token);
                    string what = "kind " + kind.ToString() + (divergent ? " (divergent banks)" : string.Empty) + ", cut at byte " + cut.ToString() + ", garbage " + garbageByte.ToString();
                    Assert.AreEqual(cut < total, fired, what + ": the cut fires inside the save");
                    storage.Disarm();
                    tried++;

                    BootedToken rebooted = new BootedToken(storage);
                    string loaded = rebooted.Describe();
                    if (loaded == newState)
                    {
                        news++;
                    }
                    else
                    {
                        Assert.AreEqual(oldState, loaded, what + ": neither the old nor the new state");
                        olds++;
                    }

                    // Once the first bank write has completed the new state is durable.
                    Assert.IsTrue(cut < StorageFormat.BankSize || loaded == newState, what + ": new state after the first bank");
                    AssertResultFits(kind, rebooted.Result, what);

                    // After the interrupted save, the next save must work normally.
                    rebooted.Accounts.Put(7, "after cut", AccountTableTests.RfcSecret, 0, 20, 6, 60);
                    rebooted.Clock.SyncCount = rebooted.Clock.SyncCount + 100;
                    string expectedAfter = rebooted.Describe();
                    rebooted.Store.Save(rebooted.Accounts, rebooted.Clock);
                    BootedToken afterSave = new BootedToken(storage);
                    Assert.AreEqual((int)LoadResult.Loaded, (int)afterSave.Result, what + ": clean load after the next save");
                    Assert.AreEqual(expectedAfter, afterSave.Describe(), what + ": state after the next save");

                    if (cut == total)
                    {
                        break;
                    }

                    cut = cut + Stride > total ? total : cut + Stride;
                }
            }

            Assert.IsTrue(olds > 0, "some cuts kept the old state");
            Assert.IsTrue(news > 0, "some cuts kept the new state");
            Assert.AreEqual(2 * (((total + Stride - 1) / Stride) + 1), tried, "cut points tried (0..N, N = no cut)");
        }

        private static void AssertResultFits(int kind, LoadResult result, string what)
        {
            bool ok = result == LoadResult.Loaded || result == LoadResult.RecoveredOlderCopy;
            if (kind == FirstPutOnErasedStorage)
            {
                // Before the first bank is complete there is nothing valid to fall back to.
                ok = ok || result == LoadResult.Empty || result == LoadResult.Corrupt;
            }

            Assert.IsTrue(ok, what + ": result " + ((int)result).ToString());
        }

        /// <summary>
        /// Storage holding the state each kind of change starts from. Divergent: the standard state was saved,
        /// then a save of a changed clock was cut right after its first bank, so the newest bank holds that
        /// change and the other bank the standard state.
        /// </summary>
        private static MemoryStorage PreState(int kind, bool divergent)
        {
            MemoryStorage storage = new MemoryStorage(StateStore.RequiredSize);
            if (kind != FirstPutOnErasedStorage)
            {
                BootedToken token = new BootedToken(storage);
                StateStoreTests.FillStandardState(token.Accounts, token.Clock);
                token.Store.Save(token.Accounts, token.Clock);
                if (divergent)
                {
                    string older = token.Describe();
                    token.Clock.SyncCount = 77;
                    storage.CutAfterBytes(StorageFormat.BankSize);
                    Assert.IsTrue(SaveCatchingCut(token), "divergent pre-state: cut between the banks");
                    Assert.AreEqual(token.Describe(), new BootedToken(storage).Describe(), "newest bank");
                    Assert.IsFalse(older == token.Describe(), "the banks differ");
                }
            }

            return storage;
        }

        /// <summary>Runs the change once without a cut: its byte count and the state it produces.</summary>
        private static int CountBytes(MemoryStorage storage, byte[] before, int kind, out string newState)
        {
            storage.Restore(before);
            BootedToken token = new BootedToken(storage);
            Apply(kind, token.Accounts, token.Clock);
            long start = storage.BytesWritten;
            token.Store.Save(token.Accounts, token.Clock);
            int total = (int)(storage.BytesWritten - start);
            newState = new BootedToken(storage).Describe();
            Assert.AreEqual(token.Describe(), newState, "the uninterrupted save round-trips");
            return total;
        }

        private static void Apply(int kind, AccountTable accounts, ClockCalibration clock)
        {
            if (kind == FirstPutOnErasedStorage)
            {
                Assert.AreEqual((int)AccountError.None, (int)accounts.Put(0, "AWS root", AccountTableTests.AwsSizedSecret, 0, 40, 6, 30), "put");
            }
            else if (kind == PutIntoEmptySlot)
            {
                Assert.AreEqual((int)AccountError.None, (int)accounts.Put(5, "backup", AccountTableTests.Sequence(0x50, 64), 0, 64, 8, 60), "put");
            }
            else if (kind == OverwriteSlot)
            {
                Assert.AreEqual((int)AccountError.None, (int)accounts.Put(3, "GitHub 2", AccountTableTests.Sequence(0x11, 20), 0, 20, 6, 30), "overwrite");
            }
            else if (kind == DeleteSlot)
            {
                accounts.Delete(0);
            }
            else if (kind == WipeAll)
            {
                accounts.Clear();
            }
            else
            {
                clock.PreviousSyncUnixSeconds = clock.LastSyncUnixSeconds;
                clock.LastSyncUnixSeconds = clock.LastSyncUnixSeconds + 86400;
                clock.DriftPartsPerBillion = 1500;
                clock.SyncCount = clock.SyncCount + 1;
            }
        }

        private static bool SaveCatchingCut(BootedToken token)
        {
            try
            {
                token.Store.Save(token.Accounts, token.Clock);
                return false;
            }
            catch (PowerCutException)
            {
                return true;
            }
        }
    }
}
