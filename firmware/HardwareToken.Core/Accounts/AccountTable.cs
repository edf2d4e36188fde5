using System;
using HardwareToken.Core.Crypto;
using HardwareToken.Core.Otp;

namespace HardwareToken.Core.Accounts
{
    /// <summary>
    /// The token's accounts: <see cref="SlotCount"/> slots, each empty or holding a label, a secret, digits and
    /// a period. A used slot owns an <see cref="OtpGenerator"/> whose HMAC midstates are computed once, when the
    /// slot is put (or loaded, which is a put); after that a code costs two SHA-1 compressions and allocates
    /// nothing.
    /// </summary>
    /// <remarks>
    /// <para>No public member returns secret bytes. The table keeps a copy of each secret only so that
    /// <c>HardwareToken.Core.Storage</c> can write the image again (through <c>internal</c> members); the copy is
    /// wiped with <c>Array.Clear</c> on delete, overwrite and <see cref="Clear"/>.</para>
    /// <para>Slot numbers out of range throw <see cref="ArgumentOutOfRangeException"/>, except in
    /// <see cref="Put"/>, which reports <see cref="AccountError.SlotOutOfRange"/>. Reading the label,
    /// parameters, code or fingerprint of an empty slot throws <see cref="InvalidOperationException"/>.</para>
    /// <para>Every change increments <see cref="Revision"/>; the table never saves itself.</para>
    /// </remarks>
    public sealed class AccountTable
    {
        /// <summary>Number of account slots.</summary>
        public const int SlotCount = 8;

        private readonly OtpGenerator[] _generators = new OtpGenerator[SlotCount];
        private readonly byte[][] _secrets = new byte[SlotCount][];
        private readonly int[] _secretLengths = new int[SlotCount];
        private readonly string[] _labels = new string[SlotCount];
        private readonly byte[] _fingerprints = new byte[SlotCount * AccountFingerprint.Size];
        private readonly Sha1 _scratchSha = new Sha1();
        private int _usedCount;
        private int _revision;

        public AccountTable()
        {
            for (int i = 0; i < SlotCount; i++)
            {
                _generators[i] = new OtpGenerator();
                _secrets[i] = new byte[AccountRules.MaxSecretLength];

                // nanoCLR: a never-assigned string[] element compares wrongly with null (docs/testing.md, "Runtime
                // differences"); an explicit null is a real one, so the table never holds the other kind.
                _labels[i] = null;
            }
        }

        /// <summary>How many slots hold an account.</summary>
        public int UsedCount
        {
            get { return _usedCount; }
        }

        /// <summary>Changes by one on every put, delete and non-empty clear (wrapping); lets callers notice edits.</summary>
        public int Revision
        {
            get { return _revision; }
        }

        /// <summary>SHA-1 compressions run by all slot generators so far (key setup included; fingerprints excluded).</summary>
        public long Compressions
        {
            get
            {
                long total = 0;
                for (int i = 0; i < SlotCount; i++)
                {
                    total += _generators[i].Compressions;
                }

                return total;
            }
        }

        /// <summary>True if <paramref name="slot"/> holds an account.</summary>
        public bool IsUsed(int slot)
        {
            CheckSlot(slot);

            // A branch, not 'return _labels[slot] != null;': that value comparison is what nanoCLR gets wrong.
            if (_labels[slot] == null)
            {
                return false;
            }

            return true;
        }

        /// <summary>The label of a used slot.</summary>
        public string GetLabel(int slot)
        {
            RequireUsed(slot);
            return _labels[slot];
        }

        /// <summary>Digits per code (6 or 8) of a used slot.</summary>
        public int GetDigits(int slot)
        {
            RequireUsed(slot);
            return _generators[slot].Digits;
        }

        /// <summary>Seconds per step (30 or 60) of a used slot.</summary>
        public int GetPeriod(int slot)
        {
            RequireUsed(slot);
            return _generators[slot].Period;
        }

        /// <summary>The TOTP code at <paramref name="unixSeconds"/> (two compressions, no allocation).</summary>
        public int Code(int slot, long unixSeconds)
        {
            RequireUsed(slot);
            return _generators[slot].TotpCode(unixSeconds);
        }

        /// <summary>The code of the step after the one containing <paramref name="unixSeconds"/>.</summary>
        public int NextCode(int slot, long unixSeconds)
        {
            RequireUsed(slot);
            return _generators[slot].NextTotpCode(unixSeconds);
        }

        /// <summary>Seconds the current code stays valid (1..period).</summary>
        public int SecondsLeft(int slot, long unixSeconds)
        {
            RequireUsed(slot);
            return _generators[slot].SecondsLeft(unixSeconds);
        }

        /// <summary>
        /// Copies the slot's 4-byte <see cref="AccountFingerprint"/> (computed once at put) to
        /// <paramref name="dest"/> at <paramref name="offset"/>.
        /// </summary>
        public void GetFingerprint(int slot, byte[] dest, int offset)
        {
            RequireUsed(slot);
            if (dest == null)
            {
                throw new ArgumentNullException("dest");
            }

            if (offset < 0 || offset > dest.Length - AccountFingerprint.Size)
            {
                throw new ArgumentOutOfRangeException("offset");
            }

            Array.Copy(_fingerprints, slot * AccountFingerprint.Size, dest, offset, AccountFingerprint.Size);
        }

        /// <summary>
        /// Stores an account in <paramref name="slot"/>, replacing (and wiping) whatever was there. Validates
        /// with <see cref="AccountRules.Check"/> first; on any error nothing changes and the error is returned.
        /// The caller may wipe its copy of the secret afterwards. A null <paramref name="secret"/> counts as
        /// empty; an offset/length outside the array throws <see cref="ArgumentOutOfRangeException"/>.
        /// </summary>
        public AccountError Put(int slot, string label, byte[] secret, int offset, int length, int digits, int period)
        {
            if (secret == null)
            {
                length = 0;
            }
            else if (offset < 0 || length < 0 || offset > secret.Length - length)
            {
                throw new ArgumentOutOfRangeException("length", "the secret range is outside the array");
            }

            AccountError error = AccountRules.Check(slot, label, length, digits, period);
            if (error != AccountError.None)
            {
                return error;
            }

            WipeSlot(slot);
            byte[] stored = _secrets[slot];
            Array.Copy(secret, offset, stored, 0, length);
            _secretLengths[slot] = length;
            _generators[slot].SetKey(stored, 0, length, digits, period, 0);
            AccountFingerprint.Compute(_scratchSha, stored, 0, length, _fingerprints, slot * AccountFingerprint.Size);
            _labels[slot] = label;
            _usedCount++;
            _revision++;
            return AccountError.None;
        }

        /// <summary>Empties <paramref name="slot"/> and wipes its secret; an empty slot stays empty.</summary>
        public void Delete(int slot)
        {
            CheckSlot(slot);
            if (_labels[slot] != null)
            {
                WipeSlot(slot);
                _revision++;
            }
        }

        /// <summary>Empties every slot and wipes every secret.</summary>
        public void Clear()
        {
            bool changed = _usedCount > 0;
            for (int slot = 0; slot < SlotCount; slot++)
            {
                WipeSlot(slot);
            }

            if (changed)
            {
                _revision++;
            }
        }

        /// <summary>The lowest used slot, or -1 if the table is empty.</summary>
        public int FirstUsedSlot()
        {
            return NextUsedSlot(-1);
        }

        /// <summary>
        /// The next used slot after <paramref name="after"/> (-1..SlotCount-1), wrapping past the last slot;
        /// returns <paramref name="after"/> itself when it is the only used slot, and -1 when none is used.
        /// </summary>
        public int NextUsedSlot(int after)
        {
            if (after < -1 || after >= SlotCount)
            {
                throw new ArgumentOutOfRangeException("after");
            }

            for (int step = 1; step <= SlotCount; step++)
            {
                int slot = (after + step) % SlotCount;
                if (_labels[slot] != null)
                {
                    return slot;
                }
            }

            return -1;
        }

        /// <summary>Secret length of a used slot (for the storage serializer only).</summary>
        internal int GetSecretLength(int slot)
        {
            RequireUsed(slot);
            return _secretLengths[slot];
        }

        /// <summary>Copies a used slot's secret (for the storage serializer only; the caller wipes the copy).</summary>
        internal void CopySecret(int slot, byte[] dest, int offset)
        {
            RequireUsed(slot);
            Array.Copy(_secrets[slot], 0, dest, offset, _secretLengths[slot]);
        }

        private void WipeSlot(int slot)
        {
            if (_labels[slot] != null)
            {
                _usedCount--;
            }

            _labels[slot] = null;
            Array.Clear(_secrets[slot], 0, _secrets[slot].Length);
            _secretLengths[slot] = 0;
            Array.Clear(_fingerprints, slot * AccountFingerprint.Size, AccountFingerprint.Size);
            _generators[slot].Clear();
        }

        private void RequireUsed(int slot)
        {
            CheckSlot(slot);
            if (_labels[slot] == null)
            {
                throw new InvalidOperationException("the slot is empty");
            }
        }

        private static void CheckSlot(int slot)
        {
            if (slot < 0 || slot >= SlotCount)
            {
                throw new ArgumentOutOfRangeException("slot");
            }
        }
    }
}
