using System;
using HardwareToken.Core.Accounts;
using HardwareToken.Core.Crypto;
using HardwareToken.Core.Tests.Support;
#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif

namespace HardwareToken.Core.Tests.Accounts
{
    /// <summary>Put, delete, clear, slot iteration, codes, fingerprints and the two-compressions-per-code budget.</summary>
    [TestClass]
    public class AccountTableTests
    {
        /// <summary>The RFC 4226/6238 SHA-1 key "12345678901234567890".</summary>
        internal static readonly byte[] RfcSecret = Hex.Ascii("12345678901234567890");

        /// <summary>Bytes 0x00..0x27: the size of an AWS secret (64 base32 characters).</summary>
        internal static readonly byte[] AwsSizedSecret = Sequence(0, 40);

        private const long Now = 1767225600; // 2026-01-01T00:00:00Z

        [TestMethod]
        public void NewTableIsEmpty()
        {
            AccountTable table = new AccountTable();
            Assert.AreEqual(0, table.UsedCount, "used");
            Assert.AreEqual(-1, table.FirstUsedSlot(), "first");
            Assert.AreEqual(-1, table.NextUsedSlot(-1), "next after -1");
            Assert.AreEqual(-1, table.NextUsedSlot(7), "next after 7");
            for (int slot = 0; slot < AccountTable.SlotCount; slot++)
            {
                Assert.IsFalse(table.IsUsed(slot), "slot " + slot.ToString());
            }
        }

        [TestMethod]
        public void PutThenReadBack()
        {
            AccountTable table = new AccountTable();
            Assert.AreEqual((int)AccountError.None, (int)table.Put(3, "AWS root", RfcSecret, 0, 20, 8, 30), "put");
            Assert.AreEqual(1, table.UsedCount, "used");
            Assert.IsTrue(table.IsUsed(3), "slot 3 used");
            Assert.AreEqual("AWS root", table.GetLabel(3), "label");
            Assert.AreEqual(8, table.GetDigits(3), "digits");
            Assert.AreEqual(30, table.GetPeriod(3), "period");

            // RFC 6238 Appendix B, SHA-1.
            Assert.AreEqual(94287082, table.Code(3, 59), "T=59");
            Assert.AreEqual(7081804, table.Code(3, 1111111109), "T=1111111109");
            Assert.AreEqual(table.Code(3, 60), table.NextCode(3, 59), "next code at 59 is the code at 60");
            Assert.AreEqual(1, table.SecondsLeft(3, 59), "seconds left at 59");
            Assert.AreEqual(30, table.SecondsLeft(3, 60), "seconds left at 60");
        }

        [TestMethod]
        public void AwsSizedSecretCodesMatchPython()
        {
            // Expected: python3 -c "import hmac,struct;k=bytes(range(40));h=hmac.new(k,struct.pack('>Q',T//P),'sha1').digest();o=h[19]&15;print((int.from_bytes(h[o:o+4],'big')&0x7fffffff)%10**D)"
            AccountTable table = new AccountTable();
            table.Put(0, "six", AwsSizedSecret, 0, 40, 6, 30);
            table.Put(1, "eight", AwsSizedSecret, 0, 40, 8, 60);
            Assert.AreEqual(334595, table.Code(0, Now), "6/30");
            Assert.AreEqual(878206, table.NextCode(0, Now), "6/30 next");
            Assert.AreEqual(29549789, table.Code(1, Now), "8/60");
            Assert.AreEqual(60, table.SecondsLeft(1, Now), "60 s period starts on the hour");
        }

        [TestMethod]
        public void PutReportsEveryErrorAndChangesNothing()
        {
            AccountTable table = new AccountTable();
            table.Put(2, "keep", RfcSecret, 0, 20, 6, 30);
            string before = Describe(table);
            int revision = table.Revision;
            byte[] big = new byte[65];

            Assert.AreEqual((int)AccountError.SlotOutOfRange, (int)table.Put(8, "x", RfcSecret, 0, 20, 6, 30), "slot 8");
            Assert.AreEqual((int)AccountError.SlotOutOfRange, (int)table.Put(-1, "x", RfcSecret, 0, 20, 6, 30), "slot -1");
            Assert.AreEqual((int)AccountError.LabelEmpty, (int)table.Put(2, null, RfcSecret, 0, 20, 6, 30), "null label");
            Assert.AreEqual((int)AccountError.LabelEmpty, (int)table.Put(2, "   ", RfcSecret, 0, 20, 6, 30), "blank label");
            Assert.AreEqual((int)AccountError.LabelTooLong, (int)table.Put(2, "0123456789abc", RfcSecret, 0, 20, 6, 30), "long label");
            Assert.AreEqual((int)AccountError.LabelNotPrintableAscii, (int)table.Put(2, "a\u00ffb", RfcSecret, 0, 20, 6, 30), "label char");
            Assert.AreEqual((int)AccountError.SecretEmpty, (int)table.Put(2, "x", RfcSecret, 0, 0, 6, 30), "empty secret");
            Assert.AreEqual((int)AccountError.SecretEmpty, (int)table.Put(2, "x", null, 0, 5, 6, 30), "null secret");
            Assert.AreEqual((int)AccountError.SecretTooLong, (int)table.Put(2, "x", big, 0, 65, 6, 30), "65-byte secret");
            Assert.AreEqual((int)AccountError.DigitsUnsupported, (int)table.Put(2, "x", RfcSecret, 0, 20, 7, 30), "7 digits");
            Assert.AreEqual((int)AccountError.PeriodUnsupported, (int)table.Put(2, "x", RfcSecret, 0, 20, 6, 45), "45 s");

            Assert.AreEqual(before, Describe(table), "state after rejected puts");
            Assert.AreEqual(revision, table.Revision, "revision");
            Assert.AreEqual(1, table.UsedCount, "used");
        }

        [TestMethod]
        public void PutRejectsARangeOutsideTheArray()
        {
            Check.Throws(typeof(ArgumentOutOfRangeException), PutPastEnd, "offset + length past the end");
            Check.Throws(typeof(ArgumentOutOfRangeException), PutNegativeOffset, "negative offset");
        }

        [TestMethod]
        public void PutCopiesTheSecretFromAnOffset()
        {
            byte[] framed = new byte[30];
            Array.Copy(RfcSecret, 0, framed, 7, 20);
            AccountTable table = new AccountTable();
            table.Put(0, "framed", framed, 7, 20, 8, 30);
            Array.Clear(framed, 0, framed.Length); // the caller wipes its buffer; the table kept its own copy
            Assert.AreEqual(94287082, table.Code(0, 59), "code after the caller wiped its buffer");
            Assert.AreEqual("032f8cb4", Fingerprint(table, 0), "fingerprint");
        }

        [TestMethod]
        public void OverwriteReplacesEverything()
        {
            AccountTable table = new AccountTable();
            table.Put(0, "old", RfcSecret, 0, 20, 8, 30);
            Assert.AreEqual((int)AccountError.None, (int)table.Put(0, "new", AwsSizedSecret, 0, 40, 6, 30), "overwrite");
            Assert.AreEqual(1, table.UsedCount, "still one account");
            Assert.AreEqual("new", table.GetLabel(0), "label");
            Assert.AreEqual(6, table.GetDigits(0), "digits");
            Assert.AreEqual(334595, table.Code(0, Now), "code of the new secret");
            Assert.AreEqual("b5e30944", Fingerprint(table, 0), "fingerprint of the new secret");
        }

        [TestMethod]
        public void DeleteAndClear()
        {
            AccountTable table = new AccountTable();
            table.Put(1, "a", RfcSecret, 0, 20, 6, 30);
            table.Put(5, "b", RfcSecret, 0, 20, 6, 30);
            table.Put(6, "c", RfcSecret, 0, 20, 6, 30);

            table.Delete(5);
            Assert.AreEqual(2, table.UsedCount, "after delete");
            Assert.IsFalse(table.IsUsed(5), "slot 5 empty");
            Check.Throws(typeof(InvalidOperationException), LabelOfEmptySlot, "label of an empty slot");
            Check.Throws(typeof(InvalidOperationException), CodeOfEmptySlot, "code of an empty slot");

            int revision = table.Revision;
            table.Delete(5);
            Assert.AreEqual(revision, table.Revision, "deleting an empty slot changes nothing");
            Assert.AreEqual(2, table.UsedCount, "still two");

            table.Clear();
            Assert.AreEqual(0, table.UsedCount, "after clear");
            Assert.AreEqual(-1, table.FirstUsedSlot(), "none left");
            Assert.IsTrue(table.Revision != revision, "clear bumps the revision");

            // A cleared slot takes a new account normally.
            table.Put(1, "again", RfcSecret, 0, 20, 8, 30);
            Assert.AreEqual(94287082, table.Code(1, 59), "code after clear and put");
        }

        [TestMethod]
        public void SlotArgumentsAreChecked()
        {
            Check.Throws(typeof(ArgumentOutOfRangeException), DeleteSlot8, "Delete(8)");
            Check.Throws(typeof(ArgumentOutOfRangeException), IsUsedMinus1, "IsUsed(-1)");
            Check.Throws(typeof(ArgumentOutOfRangeException), NextAfterMinus2, "NextUsedSlot(-2)");
            Check.Throws(typeof(ArgumentOutOfRangeException), NextAfter8, "NextUsedSlot(8)");
        }

        [TestMethod]
        public void NextUsedSlotWraps()
        {
            AccountTable table = new AccountTable();
            table.Put(4, "only", RfcSecret, 0, 20, 6, 30);
            Assert.AreEqual(4, table.FirstUsedSlot(), "first");
            Assert.AreEqual(4, table.NextUsedSlot(4), "the only slot follows itself");

            table.Put(1, "a", RfcSecret, 0, 20, 6, 30);
            table.Put(6, "b", RfcSecret, 0, 20, 6, 30);
            int[] after = { -1, 0, 1, 2, 3, 4, 5, 6, 7 };
            int[] next = { 1, 1, 4, 4, 4, 6, 6, 1, 1 };
            for (int i = 0; i < after.Length; i++)
            {
                Assert.AreEqual(next[i], table.NextUsedSlot(after[i]), "after " + after[i].ToString());
            }

            // Cycling from the first slot visits every used slot once and comes back.
            int slot = table.FirstUsedSlot();
            int visited = 0;
            do
            {
                visited++;
                slot = table.NextUsedSlot(slot);
            }
            while (slot != table.FirstUsedSlot() && visited < 100);
            Assert.AreEqual(3, visited, "cycle length");
        }

        [TestMethod]
        public void MidstatesAreComputedOncePerPut()
        {
            AccountTable table = new AccountTable();
            long start = table.Compressions;
            table.Put(0, "a", AwsSizedSecret, 0, 40, 6, 30);
            Assert.AreEqual(2L, table.Compressions - start, "key setup: inner and outer pad");

            long afterPut = table.Compressions;
            table.Code(0, Now);
            Assert.AreEqual(2L, table.Compressions - afterPut, "the first code");

            for (int i = 0; i < 10; i++)
            {
                table.Code(0, Now + (30 * i));
            }

            Assert.AreEqual(22L, table.Compressions - afterPut, "eleven codes");

            long beforeOthers = table.Compressions;
            table.NextCode(0, Now);
            Assert.AreEqual(2L, table.Compressions - beforeOthers, "next code");
            table.SecondsLeft(0, Now);
            table.GetLabel(0);
            Fingerprint(table, 0);
            Assert.AreEqual(2L, table.Compressions - beforeOthers, "labels, seconds and fingerprints cost nothing");

            table.Put(1, "b", RfcSecret, 0, 20, 6, 30);
            long afterSecond = table.Compressions;
            table.Code(0, Now);
            table.Code(1, Now);
            Assert.AreEqual(4L, table.Compressions - afterSecond, "two slots, one code each");

            // A 64-byte secret is exactly one block: still no extra hashing of the key.
            long beforeLong = table.Compressions;
            table.Put(2, "max", Sequence(0, 64), 0, 64, 6, 30);
            Assert.AreEqual(2L, table.Compressions - beforeLong, "64-byte key setup");
        }

        [TestMethod]
        public void FingerprintKnownAnswers()
        {
            // python3 -c "import hashlib;print(hashlib.sha1(b'hwtoken-fingerprint-v1'+secret).hexdigest()[:8])"
            AccountTable table = new AccountTable();
            table.Put(0, "rfc", RfcSecret, 0, 20, 6, 30);
            table.Put(1, "aws", AwsSizedSecret, 0, 40, 6, 30);
            table.Put(2, "max", Sequence(0, 64), 0, 64, 6, 30);
            table.Put(3, "one", new byte[1], 0, 1, 6, 30);
            Assert.AreEqual("032f8cb4", Fingerprint(table, 0), "RFC key");
            Assert.AreEqual("b5e30944", Fingerprint(table, 1), "bytes 0..39");
            Assert.AreEqual("97059de3", Fingerprint(table, 2), "bytes 0..63");
            Assert.AreEqual("88c75442", Fingerprint(table, 3), "one zero byte");

            byte[] dest = Hex.Repeat(0xAA, 8);
            table.GetFingerprint(0, dest, 3);
            Assert.AreEqual("aaaaaa032f8cb4aa", Hex.Encode(dest, 0, 8), "written at an offset, neighbours untouched");

            byte[] direct = new byte[4];
            AccountFingerprint.Compute(new Sha1(), RfcSecret, 0, 20, direct, 0);
            Assert.AreEqual("032f8cb4", Hex.Encode(direct, 0, 4), "the static helper agrees");
            Assert.AreEqual(22, AccountFingerprint.Prefix.Length, "prefix length");
        }

        [TestMethod]
        public void RevisionCountsChanges()
        {
            AccountTable table = new AccountTable();
            int r0 = table.Revision;
            table.Put(0, "a", RfcSecret, 0, 20, 6, 30);
            table.Put(0, "b", RfcSecret, 0, 20, 6, 30);
            table.Delete(0);
            Assert.AreEqual(r0 + 3, table.Revision, "put, overwrite, delete");
            table.Clear();
            Assert.AreEqual(r0 + 3, table.Revision, "clearing an empty table changes nothing");
        }

        /// <summary>Everything the table shows about itself, for before/after comparisons.</summary>
        internal static string Describe(AccountTable table)
        {
            string text = string.Empty;
            for (int slot = 0; slot < AccountTable.SlotCount; slot++)
            {
                if (!table.IsUsed(slot))
                {
                    text += slot.ToString() + ":-;";
                    continue;
                }

                text += slot.ToString() + ":" + table.GetLabel(slot) + "|" + table.GetDigits(slot).ToString() + "|"
                    + table.GetPeriod(slot).ToString() + "|" + Fingerprint(table, slot) + "|"
                    + table.Code(slot, Now).ToString() + "|" + table.NextCode(slot, Now).ToString() + ";";
            }

            return text;
        }

        internal static string Fingerprint(AccountTable table, int slot)
        {
            byte[] fingerprint = new byte[AccountFingerprint.Size];
            table.GetFingerprint(slot, fingerprint, 0);
            return Hex.Encode(fingerprint, 0, fingerprint.Length);
        }

        internal static byte[] Sequence(int first, int count)
        {
            byte[] bytes = new byte[count];
            for (int i = 0; i < count; i++)
            {
                bytes[i] = (byte)(first + i);
            }

            return bytes;
        }

        private static void PutPastEnd()
        {
            new AccountTable().Put(0, "x", new byte[10], 5, 6, 6, 30);
        }

        private static void PutNegativeOffset()
        {
            new AccountTable().Put(0, "x", new byte[10], -1, 5, 6, 30);
        }

        private static void LabelOfEmptySlot()
        {
            new AccountTable().GetLabel(0);
        }

        private static void CodeOfEmptySlot()
        {
            new AccountTable().Code(0, Now);
        }

        private static void DeleteSlot8()
        {
            new AccountTable().Delete(8);
        }

        private static void IsUsedMinus1()
        {
            new AccountTable().IsUsed(-1);
        }

        private static void NextAfterMinus2()
        {
            new AccountTable().NextUsedSlot(-2);
        }

        private static void NextAfter8()
        {
            new AccountTable().NextUsedSlot(8);
        }
    }
}
