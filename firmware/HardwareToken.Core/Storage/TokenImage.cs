using System;
using HardwareToken.Core.Accounts;
using HardwareToken.Core.Crypto;

namespace HardwareToken.Core.Storage
{
    /// <summary>
    /// Encodes and decodes one bank image (the layout in <see cref="StorageFormat"/> and docs/storage.md).
    /// Internal because an encoded image contains the secrets.
    /// </summary>
    internal static class TokenImage
    {
        /// <summary>
        /// Writes a complete bank into <paramref name="bank"/>[0..BankSize): header, clock record, one record per
        /// used slot in slot order, CRC-32, then zeros.
        /// </summary>
        internal static void Write(AccountTable accounts, ClockCalibration clock, uint sequence, byte[] bank)
        {
            int pos = StorageFormat.HeaderSize;
            bank[pos] = StorageFormat.RecordClock;
            bank[pos + 1] = StorageFormat.ClockBodySize;
            pos += StorageFormat.RecordHeaderSize;
            BigEndian.WriteInt64(clock.LastSyncUnixSeconds, bank, pos);
            BigEndian.WriteInt64(clock.PreviousSyncUnixSeconds, bank, pos + 8);
            BigEndian.WriteUInt32((uint)clock.DriftPartsPerBillion, bank, pos + 16);
            BigEndian.WriteUInt32((uint)clock.SyncCount, bank, pos + 20);
            BigEndian.WriteInt64(clock.RtcOffsetMilliseconds, bank, pos + 24);
            pos += StorageFormat.ClockBodySize;

            for (int slot = 0; slot < AccountTable.SlotCount; slot++)
            {
                if (!accounts.IsUsed(slot))
                {
                    continue;
                }

                string label = accounts.GetLabel(slot);
                int secretLength = accounts.GetSecretLength(slot);
                int bodyLength = StorageFormat.AccountFixedSize + label.Length + 1 + secretLength;
                bank[pos] = StorageFormat.RecordAccount;
                bank[pos + 1] = (byte)bodyLength;
                int body = pos + StorageFormat.RecordHeaderSize;
                bank[body] = (byte)slot;
                bank[body + 1] = (byte)accounts.GetDigits(slot);
                BigEndian.WriteUInt16(accounts.GetPeriod(slot), bank, body + 2);
                bank[body + 4] = (byte)label.Length;
                int at = body + StorageFormat.AccountFixedSize;
                for (int i = 0; i < label.Length; i++)
                {
                    bank[at + i] = (byte)label[i];
                }

                at += label.Length;
                bank[at] = (byte)secretLength;
                accounts.CopySecret(slot, bank, at + 1);
                pos = body + bodyLength;
            }

            int payloadLength = pos - StorageFormat.HeaderSize;
            if (payloadLength > StorageFormat.MaxPayloadLength)
            {
                throw new InvalidOperationException("the image does not fit a bank");
            }

            bank[StorageFormat.MagicOffset] = StorageFormat.Magic0;
            bank[StorageFormat.MagicOffset + 1] = StorageFormat.Magic1;
            bank[StorageFormat.MagicOffset + 2] = StorageFormat.Magic2;
            bank[StorageFormat.MagicOffset + 3] = StorageFormat.Magic3;
            BigEndian.WriteUInt16(StorageFormat.FormatVersion, bank, StorageFormat.VersionOffset);
            BigEndian.WriteUInt16(0, bank, StorageFormat.ReservedOffset);
            BigEndian.WriteUInt16(payloadLength, bank, StorageFormat.PayloadLengthOffset);
            BigEndian.WriteUInt16(0, bank, StorageFormat.Reserved2Offset);
            int crcOffset = StorageFormat.HeaderSize + payloadLength;
            Array.Clear(bank, crcOffset, StorageFormat.BankSize - crcOffset);
            SetSequence(bank, sequence);
        }

        /// <summary>Rewrites the sequence number of a complete image in <paramref name="bank"/> and its CRC.</summary>
        internal static void SetSequence(byte[] bank, uint sequence)
        {
            BigEndian.WriteUInt32(sequence, bank, StorageFormat.SequenceOffset);
            int crcOffset = StorageFormat.HeaderSize + BigEndian.ReadUInt16(bank, StorageFormat.PayloadLengthOffset);
            BigEndian.WriteUInt32(Crc32.Compute(bank, 0, crcOffset), bank, crcOffset);
        }

        /// <summary>
        /// Classifies a bank. <paramref name="sequence"/> is meaningful for <see cref="BankStatus.Valid"/> and
        /// <see cref="BankStatus.NewerFormat"/>. Never throws on any content.
        /// </summary>
        internal static BankStatus Inspect(byte[] bank, out uint sequence)
        {
            sequence = 0;
            if (IsErased(bank))
            {
                return BankStatus.Erased;
            }

            if (bank[StorageFormat.MagicOffset] != StorageFormat.Magic0
                || bank[StorageFormat.MagicOffset + 1] != StorageFormat.Magic1
                || bank[StorageFormat.MagicOffset + 2] != StorageFormat.Magic2
                || bank[StorageFormat.MagicOffset + 3] != StorageFormat.Magic3)
            {
                return BankStatus.Damaged;
            }

            int version = BigEndian.ReadUInt16(bank, StorageFormat.VersionOffset);
            int payloadLength = BigEndian.ReadUInt16(bank, StorageFormat.PayloadLengthOffset);
            if (version < StorageFormat.OldestReadableVersion || payloadLength > StorageFormat.MaxPayloadLength)
            {
                return BankStatus.Damaged;
            }

            int crcOffset = StorageFormat.HeaderSize + payloadLength;
            if (Crc32.Compute(bank, 0, crcOffset) != BigEndian.ReadUInt32(bank, crcOffset))
            {
                return BankStatus.Damaged;
            }

            sequence = BigEndian.ReadUInt32(bank, StorageFormat.SequenceOffset);
            if (version > StorageFormat.FormatVersion)
            {
                return BankStatus.NewerFormat;
            }

            return ReadPayload(bank, null, null) ? BankStatus.Valid : BankStatus.Damaged;
        }

        /// <summary>
        /// Walks the records of an image whose header and CRC are already checked. With null tables it only
        /// validates; otherwise it puts each account and sets the clock (the caller has emptied both and, having
        /// validated first, cannot see a failure half-way). Returns false on the first invalid record.
        /// </summary>
        internal static bool ReadPayload(byte[] bank, AccountTable accounts, ClockCalibration clock)
        {
            int pos = StorageFormat.HeaderSize;
            int end = pos + BigEndian.ReadUInt16(bank, StorageFormat.PayloadLengthOffset);
            bool clockSeen = false;
            int slotsSeen = 0;
            while (pos < end)
            {
                if (end - pos < StorageFormat.RecordHeaderSize)
                {
                    return false;
                }

                byte type = bank[pos];
                int bodyLength = bank[pos + 1];
                int body = pos + StorageFormat.RecordHeaderSize;
                if (bodyLength > end - body)
                {
                    return false;
                }

                if (type == StorageFormat.RecordClock)
                {
                    if (clockSeen || bodyLength < StorageFormat.ClockBodyMinimumSize)
                    {
                        return false;
                    }

                    clockSeen = true;
                    if (clock != null)
                    {
                        clock.LastSyncUnixSeconds = BigEndian.ReadInt64(bank, body);
                        clock.PreviousSyncUnixSeconds = BigEndian.ReadInt64(bank, body + 8);
                        clock.DriftPartsPerBillion = (int)BigEndian.ReadUInt32(bank, body + 16);
                        clock.SyncCount = (int)BigEndian.ReadUInt32(bank, body + 20);
                        clock.RtcOffsetMilliseconds = bodyLength >= 32 ? BigEndian.ReadInt64(bank, body + 24) : 0;
                    }
                }
                else if (type == StorageFormat.RecordAccount)
                {
                    if (!ReadAccount(bank, body, bodyLength, ref slotsSeen, accounts))
                    {
                        return false;
                    }
                }

                // Unknown record types are skipped: a newer firmware may add them without a version bump.
                pos = body + bodyLength;
            }

            return true;
        }

        private static bool ReadAccount(byte[] bank, int body, int bodyLength, ref int slotsSeen, AccountTable accounts)
        {
            if (bodyLength < StorageFormat.AccountFixedSize + 1)
            {
                return false;
            }

            int slot = bank[body];
            int digits = bank[body + 1];
            int period = BigEndian.ReadUInt16(bank, body + 2);
            int labelLength = bank[body + 4];
            int label = body + StorageFormat.AccountFixedSize;
            if (StorageFormat.AccountFixedSize + labelLength + 1 > bodyLength)
            {
                return false;
            }

            int secretLength = bank[label + labelLength];
            int secret = label + labelLength + 1;
            if (StorageFormat.AccountFixedSize + labelLength + 1 + secretLength > bodyLength)
            {
                return false;
            }

            if (AccountRules.CheckSlot(slot) != AccountError.None
                || AccountRules.CheckLabel(bank, label, labelLength) != AccountError.None
                || AccountRules.CheckSecretLength(secretLength) != AccountError.None
                || AccountRules.CheckDigits(digits) != AccountError.None
                || AccountRules.CheckPeriod(period) != AccountError.None)
            {
                return false;
            }

            int bit = 1 << slot;
            if ((slotsSeen & bit) != 0)
            {
                return false;
            }

            slotsSeen |= bit;
            if (accounts != null)
            {
                string text = AccountRules.DecodeLabel(bank, label, labelLength);
                return accounts.Put(slot, text, bank, secret, secretLength, digits, period) == AccountError.None;
            }

            return true;
        }

        private static bool IsErased(byte[] bank)
        {
            for (int i = 0; i < StorageFormat.BankSize; i++)
            {
                if (bank[i] != 0xFF)
                {
                    return false;
                }
            }

            return true;
        }
    }
}
