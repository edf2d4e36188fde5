using System;
using HardwareToken.Core.Accounts;
using HardwareToken.Core.Ports;

namespace HardwareToken.Core.Storage
{
    /// <summary>
    /// Keeps the accounts and the clock calibration in an <see cref="INonVolatileStorage"/> region so that a
    /// power cut at any byte of any write leaves, after reboot, exactly the state before the interrupted
    /// <see cref="Save"/> or exactly the state it was saving.
    /// </summary>
    /// <remarks>
    /// <para>The region (at least <see cref="RequiredSize"/> = 2048 bytes) holds two banks, A at 0 and B at 1024,
    /// each a complete image: magic, format version, sequence number, payload length, records, CRC-32 (layout in
    /// <see cref="StorageFormat"/> and docs/storage.md). <see cref="Load"/> takes the valid bank with the newer
    /// sequence number. <see cref="Save"/> writes the new image into the bank that is not the newest, then the
    /// same image with the next sequence number into the other one: until the first write completes the old
    /// newest bank is untouched, and after it completes that bank already holds the new state. Writing both
    /// banks also means no copy of a deleted secret survives a completed save in the region.</para>
    /// <para>Sequence numbers are 32-bit and compared with serial-number arithmetic (RFC 1982): a is newer than
    /// b when (int)(a - b) &gt; 0, so the wrap from 0xFFFFFFFF to 0 is harmless.</para>
    /// <para>Load never writes. Save and Load reuse one preallocated bank buffer and wipe it before returning,
    /// because it holds the secrets. Exceptions from the storage port propagate; after one, the store is
    /// still consistent and the next Save is safe. Not thread-safe.</para>
    /// </remarks>
    public sealed class StateStore
    {
        /// <summary>The smallest storage region the store accepts.</summary>
        public const int RequiredSize = StorageFormat.RegionSize;

        private const int NoBank = -1;

        private readonly INonVolatileStorage _storage;
        private readonly byte[] _bank = new byte[StorageFormat.BankSize];
        private bool _located;
        private int _newestBank = NoBank;
        private uint _newestSequence;
        private bool _readOnly;

        /// <summary>Uses bytes 0..<see cref="RequiredSize"/>-1 of <paramref name="storage"/>.</summary>
        public StateStore(INonVolatileStorage storage)
        {
            if (storage == null)
            {
                throw new ArgumentNullException("storage");
            }

            if (storage.Size < RequiredSize)
            {
                throw new ArgumentException("the state store needs at least 2048 bytes of storage", "storage");
            }

            _storage = storage;
        }

        /// <summary>
        /// True after <see cref="Load"/> found a newer format (<see cref="LoadResult.UnsupportedVersion"/>):
        /// <see cref="Save"/> throws until <see cref="Erase"/>.
        /// </summary>
        public bool IsReadOnly
        {
            get { return _readOnly; }
        }

        /// <summary>Sequence number of the newest valid image known (0 when there is none). For diagnostics.</summary>
        public uint Sequence
        {
            get { return _newestSequence; }
        }

        /// <summary>
        /// Replaces the contents of <paramref name="accounts"/> and <paramref name="clock"/> with the stored state,
        /// or empties them when nothing valid is stored. Never throws on any storage content.
        /// </summary>
        public LoadResult Load(AccountTable accounts, ClockCalibration clock)
        {
            if (accounts == null)
            {
                throw new ArgumentNullException("accounts");
            }

            if (clock == null)
            {
                throw new ArgumentNullException("clock");
            }

            accounts.Clear();
            clock.Reset();
            try
            {
                BankStatus a;
                BankStatus b;
                Locate(out a, out b);
                if (_newestBank == NoBank)
                {
                    return a == BankStatus.Erased && b == BankStatus.Erased ? LoadResult.Empty : LoadResult.Corrupt;
                }

                if (_readOnly)
                {
                    return LoadResult.UnsupportedVersion;
                }

                uint sequence;
                ReadBank(_newestBank);
                if (TokenImage.Inspect(_bank, out sequence) != BankStatus.Valid
                    || !TokenImage.ReadPayload(_bank, accounts, clock))
                {
                    // Only if the storage changed between two reads: start empty rather than half-loaded.
                    accounts.Clear();
                    clock.Reset();
                    _located = false;
                    return LoadResult.Corrupt;
                }

                BankStatus other = _newestBank == 0 ? b : a;
                return other == BankStatus.Damaged ? LoadResult.RecoveredOlderCopy : LoadResult.Loaded;
            }
            finally
            {
                Array.Clear(_bank, 0, _bank.Length);
            }
        }

        /// <summary>
        /// Makes the given state durable: writes it into the older bank, then into the other one (two writes of
        /// <see cref="StorageFormat.BankSize"/> bytes). If power fails at any point the next <see cref="Load"/>
        /// returns either the previous state or this one. Throws <see cref="InvalidOperationException"/> while
        /// <see cref="IsReadOnly"/>.
        /// </summary>
        public void Save(AccountTable accounts, ClockCalibration clock)
        {
            if (accounts == null)
            {
                throw new ArgumentNullException("accounts");
            }

            if (clock == null)
            {
                throw new ArgumentNullException("clock");
            }

            try
            {
                if (!_located)
                {
                    BankStatus a;
                    BankStatus b;
                    Locate(out a, out b);
                }

                if (_readOnly)
                {
                    throw new InvalidOperationException("the stored image has a newer format; erase it first");
                }

                uint sequence = unchecked(_newestSequence + 1);
                int first = _newestBank == 0 ? 1 : 0;
                TokenImage.Write(accounts, clock, sequence, _bank);
                WriteBank(first);
                _newestBank = first;
                _newestSequence = sequence;

                sequence = unchecked(sequence + 1);
                TokenImage.SetSequence(_bank, sequence);
                WriteBank(1 - first);
                _newestBank = 1 - first;
                _newestSequence = sequence;
            }
            finally
            {
                Array.Clear(_bank, 0, _bank.Length);
            }
        }

        /// <summary>
        /// Overwrites both banks with 0xFF (the erased pattern), so the next <see cref="Load"/> returns
        /// <see cref="LoadResult.Empty"/>, and clears <see cref="IsReadOnly"/>. A factory reset; the caller
        /// empties its in-memory tables itself.
        /// </summary>
        public void Erase()
        {
            for (int i = 0; i < _bank.Length; i++)
            {
                _bank[i] = 0xFF;
            }

            WriteBank(0);
            WriteBank(1);
            Array.Clear(_bank, 0, _bank.Length);
            _located = true;
            _newestBank = NoBank;
            _newestSequence = 0;
            _readOnly = false;
        }

        /// <summary>Reads and classifies both banks and remembers which one is newest.</summary>
        private void Locate(out BankStatus a, out BankStatus b)
        {
            uint sequenceA;
            uint sequenceB;
            ReadBank(0);
            a = TokenImage.Inspect(_bank, out sequenceA);
            ReadBank(1);
            b = TokenImage.Inspect(_bank, out sequenceB);
            Array.Clear(_bank, 0, _bank.Length);

            bool aCounts = a == BankStatus.Valid || a == BankStatus.NewerFormat;
            bool bCounts = b == BankStatus.Valid || b == BankStatus.NewerFormat;
            if (aCounts && (!bCounts || !IsNewer(sequenceB, sequenceA)))
            {
                _newestBank = 0;
                _newestSequence = sequenceA;
                _readOnly = a == BankStatus.NewerFormat;
            }
            else if (bCounts)
            {
                _newestBank = 1;
                _newestSequence = sequenceB;
                _readOnly = b == BankStatus.NewerFormat;
            }
            else
            {
                _newestBank = NoBank;
                _newestSequence = 0;
                _readOnly = false;
            }

            _located = true;
        }

        /// <summary>Serial-number comparison: true when <paramref name="a"/> is after <paramref name="b"/>.</summary>
        internal static bool IsNewer(uint a, uint b)
        {
            return unchecked((int)(a - b)) > 0;
        }

        private void ReadBank(int bank)
        {
            _storage.Read(bank * StorageFormat.BankSize, _bank, 0, StorageFormat.BankSize);
        }

        private void WriteBank(int bank)
        {
            _storage.Write(bank * StorageFormat.BankSize, _bank, 0, StorageFormat.BankSize);
        }
    }
}
