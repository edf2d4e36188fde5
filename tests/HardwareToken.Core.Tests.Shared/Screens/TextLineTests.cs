using System;
using HardwareToken.Core.Screens;
using HardwareToken.Core.Tests.Support;
#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif

namespace HardwareToken.Core.Tests.Screens
{
    /// <summary>The no-allocation text builder: appends, number formatting, truncation at capacity.</summary>
    [TestClass]
    public class TextLineTests
    {
        [TestMethod]
        public void AppendsCharactersAndStrings()
        {
            TextLine line = new TextLine(16);
            line.Append("AB").Append('-').Append((string)null).Append("cd");
            Assert.AreEqual("AB-cd", line.ToString());
            Assert.AreEqual(5, line.Length, "length");
            Assert.AreEqual(16, line.Capacity, "capacity");
            Assert.AreEqual((int)'-', (int)line[2], "indexer");
            Assert.IsFalse(line.Truncated, "not truncated");
        }

        [TestMethod]
        public void AppendsAnotherLine()
        {
            TextLine other = new TextLine(8).Append("xyz");
            Assert.AreEqual("<xyz>", new TextLine(8).Append('<').Append(other).Append('>').ToString());
        }

        [TestMethod]
        public void CallsChainOnTheSameInstance()
        {
            TextLine line = new TextLine(8);
            Assert.IsTrue(object.ReferenceEquals(line, line.Append('a').AppendNumber(1, 1).AppendSigned(2, 1).Clear()), "chain");
        }

        [TestMethod]
        public void NumbersAreZeroPadded()
        {
            Assert.AreEqual("0", Number(0, 1));
            Assert.AreEqual("0", Number(0, 0));
            Assert.AreEqual("07", Number(7, 2));
            Assert.AreEqual("123", Number(123, 2));
            Assert.AreEqual("000123", Number(123, 6));
            Assert.AreEqual("42", Number(42, -3));
            Assert.AreEqual("1000000", Number(1000000, 1));
            Assert.AreEqual("-005", Number(-5, 3));
            Assert.AreEqual("9223372036854775807", Number(long.MaxValue, 1));
            Assert.AreEqual("-9223372036854775808", Number(long.MinValue, 1));
        }

        [TestMethod]
        public void NumbersMatchToStringForPowersOfTenAndNeighbours()
        {
            long p = 1;
            for (int i = 0; i < 18; i++)
            {
                Assert.AreEqual((p - 1).ToString(), Number(p - 1, 1), "10^" + i.ToString() + " - 1");
                Assert.AreEqual(p.ToString(), Number(p, 1), "10^" + i.ToString());
                Assert.AreEqual((p + 1).ToString(), Number(p + 1, 1), "10^" + i.ToString() + " + 1");
                Assert.AreEqual((-p).ToString(), Number(-p, 1), "-10^" + i.ToString());
                p *= 10;
            }
        }

        [TestMethod]
        public void SignedNumbersAlwaysCarryASign()
        {
            Assert.AreEqual("+42", new TextLine(8).AppendSigned(42, 2).ToString());
            Assert.AreEqual("+00", new TextLine(8).AppendSigned(0, 2).ToString());
            Assert.AreEqual("-07", new TextLine(8).AppendSigned(-7, 2).ToString());
        }

        [TestMethod]
        public void AppendingPastCapacityTruncates()
        {
            TextLine line = new TextLine(5);
            line.Append("abcdefg");
            Assert.AreEqual("abcde", line.ToString());
            Assert.IsTrue(line.Truncated, "truncated");
            line.AppendNumber(12345, 1);
            Assert.AreEqual("abcde", line.ToString());

            line.Clear();
            Assert.AreEqual(0, line.Length, "cleared");
            Assert.IsFalse(line.Truncated, "clear resets the flag");
            Assert.AreEqual("123", line.AppendNumber(123, 1).ToString());
        }

        [TestMethod]
        public void ClearWipesTheBuffer()
        {
            TextLine line = new TextLine(4).Append("1234");
            line.Clear();
            for (int i = 0; i < line.Capacity; i++)
            {
                Assert.AreEqual(0, (int)line.Chars[i], "char " + i.ToString());
            }
        }

        [TestMethod]
        public void BadArgumentsThrow()
        {
            Check.Throws(typeof(ArgumentOutOfRangeException), () => new TextLine(0), "capacity 0");
            TextLine line = new TextLine(4).Append("ab");
            Check.Throws(typeof(IndexOutOfRangeException), () => { char c = line[2]; }, "index past the length");
            Check.Throws(typeof(IndexOutOfRangeException), () => { char c = line[-1]; }, "negative index");
        }

        private static string Number(long value, int minDigits)
        {
            return new TextLine(24).AppendNumber(value, minDigits).ToString();
        }
    }
}
