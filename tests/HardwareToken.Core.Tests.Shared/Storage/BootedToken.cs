using HardwareToken.Core.Accounts;
using HardwareToken.Core.Crypto;
using HardwareToken.Core.Storage;
using HardwareToken.Core.Tests.Accounts;
using HardwareToken.Core.Tests.Fakes;

namespace HardwareToken.Core.Tests.Storage
{
    /// <summary>
    /// What a token holds in RAM right after a (re)boot over some storage: fresh tables and a fresh store, loaded.
    /// Creating one is the test's "reboot".
    /// </summary>
    internal sealed class BootedToken
    {
        public readonly MemoryStorage Storage;
        public readonly AccountTable Accounts = new AccountTable();
        public readonly ClockCalibration Clock = new ClockCalibration();
        public readonly StateStore Store;
        public readonly LoadResult Result;

        public BootedToken(MemoryStorage storage)
        {
            Storage = storage;
            Store = new StateStore(storage);
            Result = Store.Load(Accounts, Clock);
        }

        /// <summary>Labels, parameters, fingerprints, codes at a fixed time and the clock fields, as one string.</summary>
        public string Describe()
        {
            return Describe(Accounts, Clock);
        }

        public static string Describe(AccountTable accounts, ClockCalibration clock)
        {
            return AccountTableTests.Describe(accounts) + "clock:" + clock.LastSyncUnixSeconds.ToString() + ","
                + clock.PreviousSyncUnixSeconds.ToString() + "," + clock.DriftPartsPerBillion.ToString() + ","
                + clock.SyncCount.ToString();
        }

        /// <summary>Reads one bank's bytes straight from the storage.</summary>
        public static byte[] ReadBank(MemoryStorage storage, int bank)
        {
            byte[] bytes = new byte[StorageFormat.BankSize];
            for (int i = 0; i < bytes.Length; i++)
            {
                bytes[i] = storage.Peek((bank * StorageFormat.BankSize) + i);
            }

            return bytes;
        }

        /// <summary>Puts bytes into one bank directly (no counting, no power cut).</summary>
        public static void PokeBank(MemoryStorage storage, int bank, byte[] bytes)
        {
            for (int i = 0; i < bytes.Length; i++)
            {
                storage.Poke((bank * StorageFormat.BankSize) + i, bytes[i]);
            }
        }

        /// <summary>The sequence number field of a bank (big-endian u32 at offset 8).</summary>
        public static uint ReadSequence(MemoryStorage storage, int bank)
        {
            return BigEndian.ReadUInt32(ReadBank(storage, bank), 8);
        }

        /// <summary>Patches a header field of a bank and recomputes the CRC, following docs/storage.md.</summary>
        public static void PatchHeader(MemoryStorage storage, int bank, int offset, byte[] value)
        {
            byte[] bytes = ReadBank(storage, bank);
            for (int i = 0; i < value.Length; i++)
            {
                bytes[offset + i] = value[i];
            }

            SealCrc(bytes);
            PokeBank(storage, bank, bytes);
        }

        /// <summary>Sets the sequence number of a bank (keeping its CRC valid).</summary>
        public static void SetSequence(MemoryStorage storage, int bank, uint sequence)
        {
            byte[] value = new byte[4];
            BigEndian.WriteUInt32(sequence, value, 0);
            PatchHeader(storage, bank, 8, value);
        }

        /// <summary>Sets the format version of a bank (keeping its CRC valid).</summary>
        public static void SetVersion(MemoryStorage storage, int bank, int version)
        {
            byte[] value = new byte[2];
            BigEndian.WriteUInt16(version, value, 0);
            PatchHeader(storage, bank, 4, value);
        }

        /// <summary>Writes the CRC-32 of bytes 0..16+L-1 (L = payload length at offset 12) big-endian after them.</summary>
        public static void SealCrc(byte[] bank)
        {
            int crcOffset = 16 + BigEndian.ReadUInt16(bank, 12);
            BigEndian.WriteUInt32(Crc32.Compute(bank, 0, crcOffset), bank, crcOffset);
        }
    }
}
