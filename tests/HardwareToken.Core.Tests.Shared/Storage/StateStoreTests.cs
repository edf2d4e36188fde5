using System;
using HardwareToken.Core.Accounts;
using HardwareToken.Core.Crypto;
using HardwareToken.Core.Storage;
using HardwareToken.Core.Tests.Accounts;
using HardwareToken.Core.Tests.Fakes;
using HardwareToken.Core.Tests.Support;
#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif

namespace HardwareToken.Core.Tests.Storage
{
    /// <summary>Round trips, the documented byte layout, bank selection, damage, versions and sequence wrap.</summary>
    [TestClass]
    public class StateStoreTests
    {
        [TestMethod]
        public void RegionSizeIsChecked()
        {
            Assert.AreEqual(2048, StateStore.RequiredSize, "required size");
            Check.Throws(typeof(ArgumentException), TooSmall, "2047 bytes");
            Check.Throws(typeof(ArgumentNullException), NullStorage, "null storage");
            Assert.IsNotNull(new StateStore(new MemoryStorage(2048)), "2048 bytes are enough");
        }

        [TestMethod]
        public void FreshStorageLoadsEmptyAndWritesNothing()
        {
            MemoryStorage storage = new MemoryStorage(StateStore.RequiredSize);
            AccountTable accounts = new AccountTable();
            ClockCalibration clock = new ClockCalibration();
            accounts.Put(0, "stale", AccountTableTests.RfcSecret, 0, 20, 6, 30);
            clock.SyncCount = 9;

            LoadResult result = new StateStore(storage).Load(accounts, clock);
            Assert.AreEqual((int)LoadResult.Empty, (int)result, "result");
            Assert.AreEqual(0, accounts.UsedCount, "Load replaces what the tables held");
            Assert.AreEqual(0, clock.SyncCount, "clock reset");
            Assert.AreEqual(0, storage.WriteCount, "Load never writes");
        }

        [TestMethod]
        public void RoundTrip()
        {
            MemoryStorage storage = new MemoryStorage(StateStore.RequiredSize);
            BootedToken first = new BootedToken(storage);
            FillStandardState(first.Accounts, first.Clock);
            first.Accounts.Put(7, "max", AccountTableTests.Sequence(0x80, 64), 0, 64, 8, 60);
            first.Clock.LastSyncUnixSeconds = 20000000000; // past 2038
            first.Clock.DriftPartsPerBillion = int.MinValue;
            first.Clock.SyncCount = int.MaxValue;
            string expected = first.Describe();
            first.Store.Save(first.Accounts, first.Clock);
            Assert.AreEqual(2, storage.WriteCount, "one save is two bank writes");
            Assert.AreEqual(2048L, storage.BytesWritten, "of 1024 bytes each");

            BootedToken second = new BootedToken(storage);
            Assert.AreEqual((int)LoadResult.Loaded, (int)second.Result, "result");
            Assert.AreEqual(expected, second.Describe(), "state");
            Assert.AreEqual(3, second.Accounts.UsedCount, "used");
        }

        [TestMethod]
        public void EmptyTablesRoundTrip()
        {
            MemoryStorage storage = new MemoryStorage(StateStore.RequiredSize);
            BootedToken first = new BootedToken(storage);
            first.Store.Save(first.Accounts, first.Clock);
            BootedToken second = new BootedToken(storage);
            Assert.AreEqual((int)LoadResult.Loaded, (int)second.Result, "an empty but saved state is Loaded, not Empty");
            Assert.AreEqual(first.Describe(), second.Describe(), "state");
        }

        [TestMethod]
        public void LoadComputesEachMidstateOnce()
        {
            MemoryStorage storage = Saved();
            BootedToken token = new BootedToken(storage);
            Assert.AreEqual(4L, token.Accounts.Compressions, "two accounts, two compressions each at load");
            token.Accounts.Code(0, 59);
            Assert.AreEqual(6L, token.Accounts.Compressions, "then two per code");
        }

        [TestMethod]
        public void SavesAlternateBanksAndCountUp()
        {
            MemoryStorage storage = new MemoryStorage(StateStore.RequiredSize);
            BootedToken token = new BootedToken(storage);
            token.Store.Save(token.Accounts, token.Clock);
            Assert.AreEqual(1u, BootedToken.ReadSequence(storage, 0), "first save: A gets 1");
            Assert.AreEqual(2u, BootedToken.ReadSequence(storage, 1), "then B gets 2");
            Assert.AreEqual(2u, token.Store.Sequence, "newest");
            token.Store.Save(token.Accounts, token.Clock);
            Assert.AreEqual(3u, BootedToken.ReadSequence(storage, 0), "A, the older bank, is written first");
            Assert.AreEqual(4u, BootedToken.ReadSequence(storage, 1), "then B");

            BootedToken rebooted = new BootedToken(storage);
            Assert.AreEqual(4u, rebooted.Store.Sequence, "sequence after reboot");
        }

        [TestMethod]
        public void SaveWithoutLoadFindsTheNewestBank()
        {
            MemoryStorage storage = Saved();
            StateStore store = new StateStore(storage);
            AccountTable accounts = new AccountTable();
            ClockCalibration clock = new ClockCalibration();
            accounts.Put(2, "fresh", AccountTableTests.RfcSecret, 0, 20, 6, 30);
            store.Save(accounts, clock);
            Assert.AreEqual(3u, BootedToken.ReadSequence(storage, 0), "continues after sequence 2");
            Assert.AreEqual(4u, BootedToken.ReadSequence(storage, 1), "both banks");
            Assert.AreEqual(BootedToken.Describe(accounts, clock), new BootedToken(storage).Describe(), "state");
        }

        [TestMethod]
        public void BytesBeyondTheRegionAreUntouched()
        {
            MemoryStorage storage = new MemoryStorage(4096);
            BootedToken token = new BootedToken(storage);
            FillStandardState(token.Accounts, token.Clock);
            token.Store.Save(token.Accounts, token.Clock);
            for (int i = StateStore.RequiredSize; i < storage.Size; i++)
            {
                Assert.AreEqual((byte)0xFF, storage.Peek(i), "byte " + i.ToString());
            }
        }

        [TestMethod]
        public void HandMadeImageFromTheDocumentLoads()
        {
            // docs/storage.md, byte by byte. The store must read it and must write exactly these bytes.
            byte[] bank = DocumentedImage(1);
            Assert.AreEqual(0x5BC9F88Au, BigEndian.ReadUInt32(bank, 16 + 70), "the CRC printed in docs/storage.md");
            MemoryStorage storage = new MemoryStorage(StateStore.RequiredSize);
            BootedToken.PokeBank(storage, 0, bank);

            BootedToken token = new BootedToken(storage);
            Assert.AreEqual((int)LoadResult.Loaded, (int)token.Result, "result");
            Assert.AreEqual(1, token.Accounts.UsedCount, "one account");
            Assert.AreEqual("AWS root", token.Accounts.GetLabel(3), "label");
            Assert.AreEqual(287082, token.Accounts.Code(3, 59), "RFC 6238 code, 6 digits");
            Assert.AreEqual(1767225600L, token.Clock.LastSyncUnixSeconds, "last sync");
            Assert.AreEqual(1767000000L, token.Clock.PreviousSyncUnixSeconds, "previous sync");
            Assert.AreEqual(-12345, token.Clock.DriftPartsPerBillion, "drift");
            Assert.AreEqual(3, token.Clock.SyncCount, "sync count");
            Assert.AreEqual(-1500L, token.Clock.RtcOffsetMilliseconds, "RTC offset");

            MemoryStorage written = new MemoryStorage(StateStore.RequiredSize);
            new StateStore(written).Save(token.Accounts, token.Clock);
            Check.BytesEqual(bank, BootedToken.ReadBank(written, 0), "bank A as written by Save");
            Check.BytesEqual(DocumentedImage(2), BootedToken.ReadBank(written, 1), "bank B: same image, sequence 2");
        }

        [TestMethod]
        public void UnknownRecordsAndLongerBodiesAreAccepted()
        {
            // Forward compatibility without a version bump: unknown types are skipped, extra body bytes ignored.
            byte[] bank = new byte[StorageFormat.BankSize];
            int at = Header(bank, 7);
            at = Put(bank, at, 0x7E, 0x03, 0xAA, 0xBB, 0xCC);              // unknown record type
            byte[] clock = new byte[26];                                   // 24-byte clock body + 2 extra
            clock[23] = 5;                                                 // sync count = 5
            at = PutBody(bank, at, StorageFormat.RecordClock, clock);
            byte[] account = new byte[5 + 1 + 1 + 1 + 3];                  // slot..label "Z", 1-byte secret, 3 extra
            account[0] = 1;
            account[1] = 6;
            account[3] = 30;
            account[4] = 1;
            account[5] = (byte)'Z';
            account[6] = 1;
            account[7] = 0x00;
            at = PutBody(bank, at, StorageFormat.RecordAccount, account);
            Finish(bank, at);

            MemoryStorage storage = new MemoryStorage(StateStore.RequiredSize);
            BootedToken.PokeBank(storage, 1, bank);
            BootedToken token = new BootedToken(storage);
            Assert.AreEqual((int)LoadResult.Loaded, (int)token.Result, "result");
            Assert.AreEqual("Z", token.Accounts.GetLabel(1), "label");
            Assert.AreEqual("88c75442", AccountTableTests.Fingerprint(token.Accounts, 1), "secret 00");
            Assert.AreEqual(5, token.Clock.SyncCount, "clock");
            Assert.AreEqual(7u, token.Store.Sequence, "sequence");
        }

        [TestMethod]
        public void SemanticallyInvalidImagesAreDamaged()
        {
            // Each image has a correct CRC but breaks a rule; each must load as Corrupt (A damaged, B erased).
            byte[][] bodies =
            {
                AccountBody(8, 6, 30, "x", 1),     // slot out of range
                AccountBody(0, 7, 30, "x", 1),     // digits
                AccountBody(0, 6, 45, "x", 1),     // period
                AccountBody(0, 6, 30, "", 1),      // empty label
                AccountBody(0, 6, 30, "a\tb", 1),  // label character
                AccountBody(0, 6, 30, "x", 0),     // empty secret
                AccountBody(0, 6, 30, "x", 65),    // secret too long
            };
            for (int i = 0; i < bodies.Length; i++)
            {
                byte[] bank = new byte[StorageFormat.BankSize];
                int at = PutBody(bank, Header(bank, 1), StorageFormat.RecordAccount, bodies[i]);
                Finish(bank, at);
                AssertCorrupt(bank, "rule #" + i.ToString());
            }

            byte[] twice = new byte[StorageFormat.BankSize];
            int pos = PutBody(twice, Header(twice, 1), StorageFormat.RecordAccount, AccountBody(2, 6, 30, "a", 1));
            pos = PutBody(twice, pos, StorageFormat.RecordAccount, AccountBody(2, 6, 30, "b", 1));
            Finish(twice, pos);
            AssertCorrupt(twice, "the same slot twice");

            byte[] twoClocks = new byte[StorageFormat.BankSize];
            pos = PutBody(twoClocks, Header(twoClocks, 1), StorageFormat.RecordClock, new byte[24]);
            pos = PutBody(twoClocks, pos, StorageFormat.RecordClock, new byte[24]);
            Finish(twoClocks, pos);
            AssertCorrupt(twoClocks, "two clock records");

            byte[] shortClock = new byte[StorageFormat.BankSize];
            Finish(shortClock, PutBody(shortClock, Header(shortClock, 1), StorageFormat.RecordClock, new byte[23]));
            AssertCorrupt(shortClock, "23-byte clock body");

            byte[] truncated = new byte[StorageFormat.BankSize];
            pos = PutBody(truncated, Header(truncated, 1), StorageFormat.RecordClock, new byte[24]);
            truncated[pos] = StorageFormat.RecordAccount; // a lone type byte with no length
            Finish(truncated, pos + 1);
            AssertCorrupt(truncated, "record header cut by the payload end");

            byte[] overrun = new byte[StorageFormat.BankSize];
            pos = Header(overrun, 1);
            overrun[pos] = StorageFormat.RecordClock;
            overrun[pos + 1] = 200; // body says 200 bytes, payload has 24
            Finish(overrun, pos + 2 + 24);
            AssertCorrupt(overrun, "body longer than the payload");
        }

        [TestMethod]
        public void GarbageIsCorruptAndNeverThrows()
        {
            uint state = 12345;
            for (int round = 0; round < 20; round++)
            {
                MemoryStorage storage = new MemoryStorage(StateStore.RequiredSize);
                for (int i = 0; i < storage.Size; i++)
                {
                    state = (state * 1103515245) + 12345;
                    storage.Poke(i, (byte)(state >> 16));
                }

                BootedToken token = new BootedToken(storage);
                Assert.AreEqual((int)LoadResult.Corrupt, (int)token.Result, "random bytes, round " + round.ToString());
                Assert.AreEqual(0, token.Accounts.UsedCount, "no accounts");
            }

            MemoryStorage zeros = new MemoryStorage(StateStore.RequiredSize);
            for (int i = 0; i < zeros.Size; i++)
            {
                zeros.Poke(i, 0);
            }

            Assert.AreEqual((int)LoadResult.Corrupt, (int)new BootedToken(zeros).Result, "all zeros");
        }

        [TestMethod]
        public void FuzzedPayloadsWithValidCrcNeverThrow()
        {
            // Random payloads behind a correct header and CRC reach the record parser; it must reject or accept
            // cleanly, and whatever it accepts must be a consistent table.
            uint state = 777;
            int loaded = 0;
            for (int round = 0; round < 400; round++)
            {
                byte[] bank = new byte[StorageFormat.BankSize];
                int at = Header(bank, 1);
                state = (state * 1103515245) + 12345;
                int length = (int)((state >> 16) % 120);
                for (int i = 0; i < length; i++)
                {
                    state = (state * 1103515245) + 12345;
                    byte b = (byte)(state >> 16);
                    bank[at + i] = i % 9 == 0 ? (byte)((b & 1) + 1) : b; // make record types 1 and 2 common
                }

                Finish(bank, at + length);
                MemoryStorage storage = new MemoryStorage(StateStore.RequiredSize);
                BootedToken.PokeBank(storage, 0, bank);
                BootedToken token = new BootedToken(storage);
                bool ok = token.Result == LoadResult.Loaded || token.Result == LoadResult.Corrupt;
                Assert.IsTrue(ok, "round " + round.ToString() + " gave " + ((int)token.Result).ToString());
                if (token.Result == LoadResult.Loaded)
                {
                    loaded++;
                    token.Describe(); // every loaded slot must answer
                }
            }

            Assert.IsTrue(loaded > 0, "some fuzzed images (e.g. only unknown records) are valid");
        }

        [TestMethod]
        public void DamagedNewestBankFallsBackToTheOlderCopy()
        {
            // State X saved, then a save of state Y interrupted exactly between its two bank writes:
            // A holds Y (newest), B still holds X. Flip a CRC bit in A: the older copy X comes back.
            MemoryStorage storage = new MemoryStorage(StateStore.RequiredSize);
            BootedToken token = new BootedToken(storage);
            FillStandardState(token.Accounts, token.Clock);
            token.Store.Save(token.Accounts, token.Clock);
            string x = token.Describe();
            token.Accounts.Delete(0);
            string y = token.Describe();
            storage.CutAfterBytes(StorageFormat.BankSize);
            Check.Throws(typeof(PowerCutException), () => token.Store.Save(token.Accounts, token.Clock), "cut between banks");

            BootedToken afterCut = new BootedToken(storage);
            Assert.AreEqual((int)LoadResult.Loaded, (int)afterCut.Result, "both banks are valid");
            Assert.AreEqual(y, afterCut.Describe(), "the completed first write already holds Y");

            int crcOffset = StorageFormat.HeaderSize + BigEndian.ReadUInt16(BootedToken.ReadBank(storage, 0), 12);
            storage.Poke(crcOffset, (byte)(storage.Peek(crcOffset) ^ 0x01));
            BootedToken recovered = new BootedToken(storage);
            Assert.AreEqual((int)LoadResult.RecoveredOlderCopy, (int)recovered.Result, "result");
            Assert.AreEqual(x, recovered.Describe(), "the older copy");

            recovered.Store.Save(recovered.Accounts, recovered.Clock);
            BootedToken repaired = new BootedToken(storage);
            Assert.AreEqual((int)LoadResult.Loaded, (int)repaired.Result, "the next save repairs both banks");
            Assert.AreEqual(x, repaired.Describe(), "state after the repair");
        }

        [TestMethod]
        public void DamagedOlderBankStillLoadsTheNewest()
        {
            MemoryStorage storage = Saved();
            string expected = new BootedToken(storage).Describe();
            storage.Poke(StorageFormat.BankSize + 100, (byte)(storage.Peek(StorageFormat.BankSize + 100) ^ 0x80));
            storage.Poke(0 + 100, (byte)(storage.Peek(100) ^ 0x80));
            Assert.AreEqual((int)LoadResult.Corrupt, (int)new BootedToken(storage).Result, "both damaged");

            storage = Saved();
            storage.Poke(20, (byte)(storage.Peek(20) ^ 0x10)); // bank A (sequence 1, the older)
            BootedToken token = new BootedToken(storage);
            Assert.AreEqual((int)LoadResult.RecoveredOlderCopy, (int)token.Result, "one bank unreadable is reported");
            Assert.AreEqual(expected, token.Describe(), "state");
        }

        [TestMethod]
        public void EveryBitFlipInAnImageIsDetected()
        {
            // CRC-32 catches every single-bit error; check it over the whole written part of bank B.
            MemoryStorage storage = Saved();
            byte[] pristine = storage.Snapshot();
            int imageEnd = StorageFormat.HeaderSize + BigEndian.ReadUInt16(BootedToken.ReadBank(storage, 1), 12) + 4;
            for (int offset = 0; offset < imageEnd; offset++)
            {
                for (int bit = 0; bit < 8; bit += 3)
                {
                    storage.Restore(pristine);
                    int address = StorageFormat.BankSize + offset;
                    storage.Poke(address, (byte)(storage.Peek(address) ^ (1 << bit)));
                    BootedToken token = new BootedToken(storage);
                    Assert.AreEqual((int)LoadResult.RecoveredOlderCopy, (int)token.Result, "flip at " + offset.ToString());
                }
            }
        }

        [TestMethod]
        public void NewerFormatIsNeitherLoadedNorOverwritten()
        {
            MemoryStorage storage = Saved();
            BootedToken.SetVersion(storage, 1, StorageFormat.FormatVersion + 1); // B is the newest bank
            byte[] before = storage.Snapshot();

            BootedToken token = new BootedToken(storage);
            Assert.AreEqual((int)LoadResult.UnsupportedVersion, (int)token.Result, "result");
            Assert.AreEqual(0, token.Accounts.UsedCount, "nothing loaded");
            Assert.IsTrue(token.Store.IsReadOnly, "read-only");
            Check.Throws(typeof(InvalidOperationException), () => token.Store.Save(token.Accounts, token.Clock), "save refused");
            Check.BytesEqual(before, storage.Snapshot(), "storage untouched");

            token.Store.Erase();
            Assert.IsFalse(token.Store.IsReadOnly, "erase clears read-only");
            Assert.AreEqual((int)LoadResult.Empty, (int)new BootedToken(storage).Result, "erased");
            token.Accounts.Put(0, "after", AccountTableTests.RfcSecret, 0, 20, 6, 30);
            token.Store.Save(token.Accounts, token.Clock);
            BootedToken rebooted = new BootedToken(storage);
            Assert.AreEqual((int)LoadResult.Loaded, (int)rebooted.Result, "saved after erase");
            Assert.AreEqual(token.Describe(), rebooted.Describe(), "state after erase and save");
        }

        [TestMethod]
        public void SaveWithoutLoadAlsoRefusesANewerFormat()
        {
            MemoryStorage storage = Saved();
            BootedToken.SetVersion(storage, 1, 2);
            StateStore store = new StateStore(storage);
            Check.Throws(typeof(InvalidOperationException), () => store.Save(new AccountTable(), new ClockCalibration()), "save refused");
            Assert.IsTrue(store.IsReadOnly, "read-only");
        }

        [TestMethod]
        public void OlderBankInANewerFormatIsIgnored()
        {
            MemoryStorage storage = Saved();
            string expected = new BootedToken(storage).Describe();
            BootedToken.SetVersion(storage, 0, 0x7FFF); // A has sequence 1, B (newest, version 1) wins
            BootedToken token = new BootedToken(storage);
            Assert.AreEqual((int)LoadResult.Loaded, (int)token.Result, "result");
            Assert.AreEqual(expected, token.Describe(), "state");
            Assert.IsFalse(token.Store.IsReadOnly, "writable");
        }

        [TestMethod]
        public void VersionZeroIsDamaged()
        {
            MemoryStorage storage = Saved();
            BootedToken.SetVersion(storage, 1, 0);
            Assert.AreEqual((int)LoadResult.RecoveredOlderCopy, (int)new BootedToken(storage).Result, "B unreadable");
            BootedToken.SetVersion(storage, 0, 0);
            Assert.AreEqual((int)LoadResult.Corrupt, (int)new BootedToken(storage).Result, "both unreadable");
        }

        [TestMethod]
        public void SequenceNumbersWrapAround()
        {
            // X in bank A, Y in bank B; which one loads depends only on serial-number order.
            MemoryStorage storage = new MemoryStorage(StateStore.RequiredSize);
            BootedToken token = new BootedToken(storage);
            token.Accounts.Put(0, "X", AccountTableTests.RfcSecret, 0, 20, 6, 30);
            token.Store.Save(token.Accounts, token.Clock);
            string x = token.Describe();
            byte[] bankX = BootedToken.ReadBank(storage, 1);
            token.Accounts.Put(0, "Y", AccountTableTests.AwsSizedSecret, 0, 40, 6, 30);
            token.Store.Save(token.Accounts, token.Clock);
            string y = token.Describe();
            BootedToken.PokeBank(storage, 0, bankX);

            uint[] sequenceA = { 0xFFFFFFFF, 0, 5, 0x7FFFFFFF, 0xFFFFFFF0 };
            uint[] sequenceB = { 0, 0xFFFFFFFF, 6, 0x80000000, 3 };
            for (int i = 0; i < sequenceA.Length; i++)
            {
                BootedToken.SetSequence(storage, 0, sequenceA[i]);
                BootedToken.SetSequence(storage, 1, sequenceB[i]);
                string what = "A=" + sequenceA[i].ToString() + " B=" + sequenceB[i].ToString();
                string expected = (int)(sequenceB[i] - sequenceA[i]) > 0 ? y : x;
                Assert.AreEqual(expected, new BootedToken(storage).Describe(), what);
            }

            Assert.AreEqual(y, LoadWith(storage, 0xFFFFFFFF, 0), "B = A + 1 across the wrap");
            Assert.AreEqual(x, LoadWith(storage, 0, 0xFFFFFFFF), "A = B + 1 across the wrap");
            Assert.AreEqual(x, LoadWith(storage, 9, 9), "a tie goes to bank A");

            // Saving across the wrap: the newest is A with 0xFFFFFFFF; B gets 0, then A gets 1.
            BootedToken.SetSequence(storage, 0, 0xFFFFFFFE);
            BootedToken.SetSequence(storage, 1, 0xFFFFFFFF);
            BootedToken wrapped = new BootedToken(storage);
            wrapped.Accounts.Put(1, "Z", AccountTableTests.RfcSecret, 0, 20, 8, 60);
            wrapped.Store.Save(wrapped.Accounts, wrapped.Clock);
            Assert.AreEqual(0u, BootedToken.ReadSequence(storage, 0), "A wrapped to 0");
            Assert.AreEqual(1u, BootedToken.ReadSequence(storage, 1), "then B got 1");
            BootedToken after = new BootedToken(storage);
            Assert.AreEqual(wrapped.Describe(), after.Describe(), "state after the wrap");
            Assert.AreEqual(1u, after.Store.Sequence, "newest sequence");
        }

        [TestMethod]
        public void SaveLeavesNoCopyOfADeletedSecret()
        {
            byte[] marked = AccountTableTests.Sequence(0xC0, 32);
            MemoryStorage storage = new MemoryStorage(StateStore.RequiredSize);
            BootedToken token = new BootedToken(storage);
            token.Accounts.Put(0, "keep", AccountTableTests.RfcSecret, 0, 20, 6, 30);
            token.Accounts.Put(1, "drop", marked, 0, marked.Length, 6, 30);
            token.Store.Save(token.Accounts, token.Clock);
            Assert.IsTrue(Contains(storage.Snapshot(), marked), "the secret is stored (not encrypted at rest)");

            token.Accounts.Delete(1);
            token.Store.Save(token.Accounts, token.Clock);
            Assert.IsFalse(Contains(storage.Snapshot(), marked), "no bank keeps the deleted secret");
            Assert.IsTrue(Contains(storage.Snapshot(), AccountTableTests.RfcSecret), "the other one stays");
        }

        /// <summary>Two accounts and a synced clock: the pre-state of most tests.</summary>
        internal static void FillStandardState(AccountTable accounts, ClockCalibration clock)
        {
            accounts.Put(0, "AWS root", AccountTableTests.AwsSizedSecret, 0, 40, 6, 30);
            accounts.Put(3, "GitHub", AccountTableTests.RfcSecret, 0, 20, 8, 30);
            clock.LastSyncUnixSeconds = 1767225600;
            clock.PreviousSyncUnixSeconds = 1764547200;
            clock.DriftPartsPerBillion = -4200;
            clock.SyncCount = 2;
        }

        /// <summary>Storage after one save of the standard state (A: sequence 1, B: sequence 2).</summary>
        internal static MemoryStorage Saved()
        {
            MemoryStorage storage = new MemoryStorage(StateStore.RequiredSize);
            BootedToken token = new BootedToken(storage);
            FillStandardState(token.Accounts, token.Clock);
            token.Store.Save(token.Accounts, token.Clock);
            return storage;
        }

        /// <summary>
        /// The docs/storage.md example: sequence <paramref name="sequence"/>, a clock record, and slot 3 "AWS root"
        /// with the RFC 6238 key, 6 digits, 30 s.
        /// </summary>
        private static byte[] DocumentedImage(uint sequence)
        {
            byte[] bank = new byte[1024];
            byte[] header =
            {
                0x48, 0x57, 0x54, 0x4B,  // magic "HWTK"
                0x00, 0x01,              // format version 1
                0x00, 0x00,              // reserved
                0x00, 0x00, 0x00, 0x00,  // sequence (set below)
                0x00, 0x46,              // payload length: 34 (clock) + 36 (account) = 70
                0x00, 0x00,              // reserved
            };
            byte[] payload =
            {
                0x01, 0x20,                                      // clock record, 32-byte body
                0x00, 0x00, 0x00, 0x00, 0x69, 0x55, 0xB9, 0x00,  // last sync 1767225600
                0x00, 0x00, 0x00, 0x00, 0x69, 0x52, 0x47, 0xC0,  // previous sync 1767000000
                0xFF, 0xFF, 0xCF, 0xC7,                          // drift -12345 ppb
                0x00, 0x00, 0x00, 0x03,                          // 3 syncs
                0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFA, 0x24,  // RTC offset -1500 ms
                0x02, 0x22,                                      // account record, 34-byte body
                0x03, 0x06, 0x00, 0x1E,                          // slot 3, 6 digits, period 30
                0x08, 0x41, 0x57, 0x53, 0x20, 0x72, 0x6F, 0x6F, 0x74, // label "AWS root"
                0x14,                                            // 20-byte secret "12345678901234567890"
                0x31, 0x32, 0x33, 0x34, 0x35, 0x36, 0x37, 0x38, 0x39, 0x30,
                0x31, 0x32, 0x33, 0x34, 0x35, 0x36, 0x37, 0x38, 0x39, 0x30,
            };
            Array.Copy(header, 0, bank, 0, header.Length);
            BigEndian.WriteUInt32(sequence, bank, 8);
            Array.Copy(payload, 0, bank, 16, payload.Length);
            Assert.AreEqual(70, payload.Length, "payload length in the header");
            BigEndian.WriteUInt32(Crc32.Compute(bank, 0, 16 + 70), bank, 16 + 70); // CRC-32, big-endian
            return bank;                                                            // zeros to the end
        }

        private static int Header(byte[] bank, uint sequence)
        {
            bank[0] = 0x48;
            bank[1] = 0x57;
            bank[2] = 0x54;
            bank[3] = 0x4B;
            bank[5] = 1;
            BigEndian.WriteUInt32(sequence, bank, 8);
            return 16;
        }

        private static int Put(byte[] bank, int at, byte type, byte length, byte b0, byte b1, byte b2)
        {
            bank[at] = type;
            bank[at + 1] = length;
            bank[at + 2] = b0;
            bank[at + 3] = b1;
            bank[at + 4] = b2;
            return at + 5;
        }

        private static int PutBody(byte[] bank, int at, byte type, byte[] body)
        {
            bank[at] = type;
            bank[at + 1] = (byte)body.Length;
            Array.Copy(body, 0, bank, at + 2, body.Length);
            return at + 2 + body.Length;
        }

        private static void Finish(byte[] bank, int payloadEnd)
        {
            BigEndian.WriteUInt16(payloadEnd - 16, bank, 12);
            BootedToken.SealCrc(bank);
        }

        private static byte[] AccountBody(int slot, int digits, int period, string label, int secretLength)
        {
            byte[] body = new byte[5 + label.Length + 1 + secretLength];
            body[0] = (byte)slot;
            body[1] = (byte)digits;
            BigEndian.WriteUInt16(period, body, 2);
            body[4] = (byte)label.Length;
            for (int i = 0; i < label.Length; i++)
            {
                body[5 + i] = (byte)label[i];
            }

            body[5 + label.Length] = (byte)secretLength;
            for (int i = 0; i < secretLength; i++)
            {
                body[6 + label.Length + i] = (byte)(i + 1);
            }

            return body;
        }

        private static void AssertCorrupt(byte[] bank, string what)
        {
            MemoryStorage storage = new MemoryStorage(StateStore.RequiredSize);
            BootedToken.PokeBank(storage, 0, bank);
            BootedToken token = new BootedToken(storage);
            Assert.AreEqual((int)LoadResult.Corrupt, (int)token.Result, what);
            Assert.AreEqual(0, token.Accounts.UsedCount, what + ": nothing half-loaded");
        }

        private static string LoadWith(MemoryStorage storage, uint sequenceA, uint sequenceB)
        {
            BootedToken.SetSequence(storage, 0, sequenceA);
            BootedToken.SetSequence(storage, 1, sequenceB);
            return new BootedToken(storage).Describe();
        }

        private static bool Contains(byte[] haystack, byte[] needle)
        {
            for (int i = 0; i + needle.Length <= haystack.Length; i++)
            {
                int j = 0;
                while (j < needle.Length && haystack[i + j] == needle[j])
                {
                    j++;
                }

                if (j == needle.Length)
                {
                    return true;
                }
            }

            return false;
        }

        private static void TooSmall()
        {
            new StateStore(new MemoryStorage(2047));
        }

        private static void NullStorage()
        {
            new StateStore(null);
        }
    }
}
