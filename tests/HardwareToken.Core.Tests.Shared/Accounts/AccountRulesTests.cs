using System;
using HardwareToken.Core.Accounts;
using HardwareToken.Core.Tests.Support;
#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif

namespace HardwareToken.Core.Tests.Accounts
{
    /// <summary>Validation tables for every <see cref="AccountError"/>, exhaustive where the domain is small.</summary>
    [TestClass]
    public class AccountRulesTests
    {
        [TestMethod]
        public void ErrorNumbersArePinned()
        {
            // The protocol sends these as the detail byte of "bad argument": they must never change.
            Assert.AreEqual(0, (int)AccountError.None, "None");
            Assert.AreEqual(1, (int)AccountError.SlotOutOfRange, "SlotOutOfRange");
            Assert.AreEqual(2, (int)AccountError.LabelEmpty, "LabelEmpty");
            Assert.AreEqual(3, (int)AccountError.LabelTooLong, "LabelTooLong");
            Assert.AreEqual(4, (int)AccountError.LabelNotPrintableAscii, "LabelNotPrintableAscii");
            Assert.AreEqual(5, (int)AccountError.SecretEmpty, "SecretEmpty");
            Assert.AreEqual(6, (int)AccountError.SecretTooLong, "SecretTooLong");
            Assert.AreEqual(7, (int)AccountError.DigitsUnsupported, "DigitsUnsupported");
            Assert.AreEqual(8, (int)AccountError.PeriodUnsupported, "PeriodUnsupported");
        }

        [TestMethod]
        public void SlotRange()
        {
            for (int slot = -3; slot < AccountTable.SlotCount + 3; slot++)
            {
                AccountError expected = slot >= 0 && slot < 8 ? AccountError.None : AccountError.SlotOutOfRange;
                Assert.AreEqual((int)expected, (int)AccountRules.CheckSlot(slot), "slot " + slot.ToString());
            }

            Assert.AreEqual((int)AccountError.SlotOutOfRange, (int)AccountRules.CheckSlot(int.MinValue), "int.MinValue");
            Assert.AreEqual((int)AccountError.SlotOutOfRange, (int)AccountRules.CheckSlot(int.MaxValue), "int.MaxValue");
        }

        [TestMethod]
        public void LabelTable()
        {
            string[] labels = { null, string.Empty, " ", "            ", "A", "AWS root", "abcdefghijkl", "abcdefghijklm",
                "tab\there", "caf\u00e9", "del\u007f", "soh\u0001", "\u001f", " x ", "~!@#$%^&*()_", "{}|\\:;\"'<>,." };
            AccountError[] expected =
            {
                AccountError.LabelEmpty, AccountError.LabelEmpty, AccountError.LabelEmpty, AccountError.LabelEmpty,
                AccountError.None, AccountError.None, AccountError.None, AccountError.LabelTooLong,
                AccountError.LabelNotPrintableAscii, AccountError.LabelNotPrintableAscii,
                AccountError.LabelNotPrintableAscii, AccountError.LabelNotPrintableAscii,
                AccountError.LabelNotPrintableAscii, AccountError.None, AccountError.None, AccountError.None,
            };
            for (int i = 0; i < labels.Length; i++)
            {
                string what = "label #" + i.ToString();
                Assert.AreEqual((int)expected[i], (int)AccountRules.CheckLabel(labels[i]), what);
                if (labels[i] != null)
                {
                    byte[] ascii = Latin1(labels[i]);
                    Assert.AreEqual((int)expected[i], (int)AccountRules.CheckLabel(ascii, 0, ascii.Length), what + " as bytes");
                }
            }
        }

        [TestMethod]
        public void EveryByteValueAsOneCharacterLabel()
        {
            // From 1: nanoFramework strings cannot hold U+0000; NulInLabelTests covers 0x00 through the label bytes
            // and a PutSecret frame, on both runtimes, and the byte check below still covers it here.
            Assert.AreEqual((int)AccountError.LabelNotPrintableAscii, (int)AccountRules.CheckLabel(new byte[] { 0x41, 0x00, 0x42 }, 1, 1), "0x00 as byte");
            for (int c = 1; c < 256; c++)
            {
                AccountError expected = c == 0x20
                    ? AccountError.LabelEmpty
                    : (c > 0x20 && c <= 0x7E ? AccountError.None : AccountError.LabelNotPrintableAscii);
                string label = new string(new char[] { (char)c });
                string what = "0x" + c.ToString("X2");
                Assert.AreEqual((int)expected, (int)AccountRules.CheckLabel(label), what);
                byte[] ascii = new byte[] { 0x41, (byte)c, 0x42 };
                Assert.AreEqual((int)expected, (int)AccountRules.CheckLabel(ascii, 1, 1), what + " as byte");
            }
        }

        [TestMethod]
        public void TooLongWinsOverBadCharacters()
        {
            // Length is checked before content: a 13-character label reports LabelTooLong whatever it holds.
            Assert.AreEqual((int)AccountError.LabelTooLong, (int)AccountRules.CheckLabel("\t\t\t\t\t\t\t\t\t\t\t\t\t"), "13 tabs");
            Assert.AreEqual((int)AccountError.LabelTooLong, (int)AccountRules.CheckLabel("             "), "13 spaces");
        }

        [TestMethod]
        public void LabelBytesRangeIsChecked()
        {
            Check.Throws(typeof(ArgumentNullException), NullLabelBytes, "null bytes");
            Check.Throws(typeof(ArgumentOutOfRangeException), LabelBytesPastEnd, "past the end");
        }

        [TestMethod]
        public void DecodeLabelRoundTripsAndRejects()
        {
            byte[] ascii = Hex.Ascii("xxAWS rootxx");
            Assert.AreEqual("AWS root", AccountRules.DecodeLabel(ascii, 2, 8), "decoded");
            Check.Throws(typeof(ArgumentException), DecodeTab, "tab");
        }

        [TestMethod]
        public void SecretLengthTable()
        {
            for (int length = -2; length <= 70; length++)
            {
                AccountError expected = length < 1
                    ? AccountError.SecretEmpty
                    : (length > 64 ? AccountError.SecretTooLong : AccountError.None);
                Assert.AreEqual((int)expected, (int)AccountRules.CheckSecretLength(length), "length " + length.ToString());
            }
        }

        [TestMethod]
        public void DigitsTable()
        {
            for (int digits = -1; digits <= 12; digits++)
            {
                AccountError expected = digits == 6 || digits == 8 ? AccountError.None : AccountError.DigitsUnsupported;
                Assert.AreEqual((int)expected, (int)AccountRules.CheckDigits(digits), "digits " + digits.ToString());
            }
        }

        [TestMethod]
        public void PeriodTable()
        {
            for (int period = -1; period <= 130; period++)
            {
                AccountError expected = period == 30 || period == 60 ? AccountError.None : AccountError.PeriodUnsupported;
                Assert.AreEqual((int)expected, (int)AccountRules.CheckPeriod(period), "period " + period.ToString());
            }
        }

        [TestMethod]
        public void CheckReportsTheFirstFailureInOrder()
        {
            Assert.AreEqual((int)AccountError.None, (int)AccountRules.Check(0, "ok", 20, 6, 30), "valid");
            Assert.AreEqual((int)AccountError.SlotOutOfRange, (int)AccountRules.Check(8, "", 0, 7, 45), "slot first");
            Assert.AreEqual((int)AccountError.LabelEmpty, (int)AccountRules.Check(7, "", 0, 7, 45), "label second");
            Assert.AreEqual((int)AccountError.LabelTooLong, (int)AccountRules.Check(7, "0123456789abc", 0, 7, 45), "label too long");
            Assert.AreEqual((int)AccountError.LabelNotPrintableAscii, (int)AccountRules.Check(7, "a\nb", 0, 7, 45), "label chars");
            Assert.AreEqual((int)AccountError.SecretEmpty, (int)AccountRules.Check(7, "ok", 0, 7, 45), "secret third");
            Assert.AreEqual((int)AccountError.SecretTooLong, (int)AccountRules.Check(7, "ok", 65, 7, 45), "secret too long");
            Assert.AreEqual((int)AccountError.DigitsUnsupported, (int)AccountRules.Check(7, "ok", 64, 7, 45), "digits fourth");
            Assert.AreEqual((int)AccountError.PeriodUnsupported, (int)AccountRules.Check(7, "ok", 64, 8, 45), "period last");
            Assert.AreEqual((int)AccountError.None, (int)AccountRules.Check(7, "ok", 64, 8, 60), "valid edge");
        }

        private static byte[] Latin1(string text)
        {
            byte[] bytes = new byte[text.Length];
            for (int i = 0; i < text.Length; i++)
            {
                bytes[i] = (byte)text[i];
            }

            return bytes;
        }

        private static void NullLabelBytes()
        {
            AccountRules.CheckLabel(null, 0, 1);
        }

        private static void LabelBytesPastEnd()
        {
            AccountRules.CheckLabel(new byte[4], 2, 3);
        }

        private static void DecodeTab()
        {
            AccountRules.DecodeLabel(new byte[] { 0x41, 0x09 }, 0, 2);
        }
    }
}
