using System;
#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif

namespace HardwareToken.Core.Tests.Support
{
    /// <summary>
    /// The few assertions MSTest and nanoFramework.TestFramework do not share, written once in their common
    /// subset: nanoFramework has no Assert.Fail, its ThrowsException is not generic, and neither compares byte
    /// arrays with a useful message. Every shared test uses these or the plain Assert.AreEqual/IsTrue/IsFalse
    /// overloads that both frameworks have.
    /// </summary>
    public static class Check
    {
        /// <summary>Fails the current test with a message.</summary>
        public static void Fail(string message)
        {
            Assert.IsTrue(false, message);
        }

        /// <summary>Passes only if <paramref name="action"/> throws exactly <paramref name="exceptionType"/>.</summary>
        public static void Throws(Type exceptionType, Action action, string what)
        {
            Exception caught = null;
            try
            {
                action();
            }
            catch (Exception e)
            {
                caught = e;
            }

            if (caught == null)
            {
                Fail(what + ": expected " + exceptionType.Name + " but nothing was thrown");
            }
            else if ((object)caught.GetType() != (object)exceptionType) // nanoFramework's Type has no != operator: compare references on both
            {
                Fail(what + ": expected " + exceptionType.Name + " but got " + caught.GetType().Name + ": " + caught.Message);
            }
        }

        /// <summary>Byte-for-byte equality with the first differing index in the message.</summary>
        public static void BytesEqual(byte[] expected, byte[] actual, string what)
        {
            BytesEqual(expected, 0, actual, 0, expected.Length, what);
            Assert.AreEqual(expected.Length, actual.Length, what + ": length");
        }

        /// <summary>Compares <paramref name="count"/> bytes of two arrays.</summary>
        public static void BytesEqual(byte[] expected, int expectedOffset, byte[] actual, int actualOffset, int count, string what)
        {
            if (actual == null || actual.Length < actualOffset + count)
            {
                Fail(what + ": actual is shorter than " + (actualOffset + count).ToString());
                return;
            }

            for (int i = 0; i < count; i++)
            {
                if (expected[expectedOffset + i] != actual[actualOffset + i])
                {
                    Fail(what + ": first difference at byte " + i.ToString() + ", expected 0x"
                        + expected[expectedOffset + i].ToString("X2") + " got 0x" + actual[actualOffset + i].ToString("X2"));
                    return;
                }
            }
        }

        /// <summary>Exact string equality (both frameworks have it, but this keeps the call sites uniform).</summary>
        public static void TextEqual(string expected, string actual, string what)
        {
            Assert.AreEqual(expected, actual, what);
        }
    }
}
