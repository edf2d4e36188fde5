using System;

namespace HardwareToken.Core.Accounts
{
    /// <summary>
    /// What a valid account is: a slot 0..7, a label of 1 to 12 printable ASCII characters (0x20..0x7E, not all
    /// spaces), a secret of 1 to 64 bytes, 6 or 8 digits and a 30 or 60 second period. Every check returns an
    /// <see cref="AccountError"/> instead of throwing, so a protocol handler can answer with a status byte.
    /// </summary>
    public static class AccountRules
    {
        /// <summary>Most characters in a label (what fits one line of the display).</summary>
        public const int MaxLabelLength = 12;

        /// <summary>Most bytes in a secret (one SHA-1 block: HMAC never has to hash the key first).</summary>
        public const int MaxSecretLength = 64;

        /// <summary>Lowest printable ASCII character allowed in a label (space).</summary>
        public const char FirstPrintable = ' ';

        /// <summary>Highest printable ASCII character allowed in a label ('~').</summary>
        public const char LastPrintable = '~';

        /// <summary>All checks, in the order slot, label, secret length, digits, period; the first failure wins.</summary>
        public static AccountError Check(int slot, string label, int secretLength, int digits, int period)
        {
            AccountError error = CheckSlot(slot);
            if (error == AccountError.None)
            {
                error = CheckLabel(label);
            }

            if (error == AccountError.None)
            {
                error = CheckSecretLength(secretLength);
            }

            if (error == AccountError.None)
            {
                error = CheckDigits(digits);
            }

            if (error == AccountError.None)
            {
                error = CheckPeriod(period);
            }

            return error;
        }

        /// <summary><see cref="AccountError.SlotOutOfRange"/> unless 0 &lt;= slot &lt; <see cref="AccountTable.SlotCount"/>.</summary>
        public static AccountError CheckSlot(int slot)
        {
            return slot >= 0 && slot < AccountTable.SlotCount ? AccountError.None : AccountError.SlotOutOfRange;
        }

        /// <summary>Checks a label held as a string (null counts as empty).</summary>
        public static AccountError CheckLabel(string label)
        {
            if (label == null || label.Length == 0)
            {
                return AccountError.LabelEmpty;
            }

            if (label.Length > MaxLabelLength)
            {
                return AccountError.LabelTooLong;
            }

            bool onlySpaces = true;
            for (int i = 0; i < label.Length; i++)
            {
                char c = label[i];
                if (c < FirstPrintable || c > LastPrintable)
                {
                    return AccountError.LabelNotPrintableAscii;
                }

                if (c != ' ')
                {
                    onlySpaces = false;
                }
            }

            return onlySpaces ? AccountError.LabelEmpty : AccountError.None;
        }

        /// <summary>Checks a label held as ASCII bytes (as it arrives in a frame or sits in storage).</summary>
        public static AccountError CheckLabel(byte[] ascii, int offset, int length)
        {
            CheckRange(ascii, offset, length);
            if (length == 0)
            {
                return AccountError.LabelEmpty;
            }

            if (length > MaxLabelLength)
            {
                return AccountError.LabelTooLong;
            }

            bool onlySpaces = true;
            for (int i = offset; i < offset + length; i++)
            {
                byte b = ascii[i];
                if (b < (byte)FirstPrintable || b > (byte)LastPrintable)
                {
                    return AccountError.LabelNotPrintableAscii;
                }

                if (b != (byte)' ')
                {
                    onlySpaces = false;
                }
            }

            return onlySpaces ? AccountError.LabelEmpty : AccountError.None;
        }

        /// <summary>
        /// Turns ASCII label bytes into a string. Throws <see cref="ArgumentException"/> if they fail
        /// <see cref="CheckLabel(byte[], int, int)"/>; check first to get the reason as a code.
        /// </summary>
        public static string DecodeLabel(byte[] ascii, int offset, int length)
        {
            if (CheckLabel(ascii, offset, length) != AccountError.None)
            {
                throw new ArgumentException("not a valid account label", "ascii");
            }

            char[] chars = new char[length];
            for (int i = 0; i < length; i++)
            {
                chars[i] = (char)ascii[offset + i];
            }

            return new string(chars);
        }

        /// <summary><see cref="AccountError.SecretEmpty"/> for 0 or fewer bytes, <see cref="AccountError.SecretTooLong"/> above 64.</summary>
        public static AccountError CheckSecretLength(int length)
        {
            if (length < 1)
            {
                return AccountError.SecretEmpty;
            }

            return length > MaxSecretLength ? AccountError.SecretTooLong : AccountError.None;
        }

        /// <summary><see cref="AccountError.DigitsUnsupported"/> unless 6 or 8.</summary>
        public static AccountError CheckDigits(int digits)
        {
            return digits == 6 || digits == 8 ? AccountError.None : AccountError.DigitsUnsupported;
        }

        /// <summary><see cref="AccountError.PeriodUnsupported"/> unless 30 or 60.</summary>
        public static AccountError CheckPeriod(int period)
        {
            return period == 30 || period == 60 ? AccountError.None : AccountError.PeriodUnsupported;
        }

        private static void CheckRange(byte[] data, int offset, int length)
        {
            if (data == null)
            {
                throw new ArgumentNullException("data");
            }

            if (offset < 0 || length < 0 || offset > data.Length - length)
            {
                throw new ArgumentOutOfRangeException("length");
            }
        }
    }
}
