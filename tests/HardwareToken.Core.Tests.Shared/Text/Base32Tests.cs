using HardwareToken.Core.Tests.Support;
using HardwareToken.Core.Text;
#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif

namespace HardwareToken.Core.Tests.Text
{
    /// <summary>RFC 4648 §10 vectors, what people paste, and every refusal with its position.</summary>
    [TestClass]
    public class Base32Tests
    {
        private static readonly string[] Plain = { "f", "fo", "foo", "foob", "fooba", "foobar" };
        private static readonly string[] Padded = { "MY======", "MZXQ====", "MZXW6===", "MZXW6YQ=", "MZXW6YTB", "MZXW6YTBOI======" };
        private static readonly string[] Unpadded = { "MY", "MZXQ", "MZXW6", "MZXW6YQ", "MZXW6YTB", "MZXW6YTBOI" };

        [TestMethod]
        public void Rfc4648EncodeWithPadding()
        {
            Assert.AreEqual(string.Empty, Base32.Encode(new byte[0], 0, 0, true));
            for (int i = 0; i < Plain.Length; i++)
            {
                byte[] data = Hex.Ascii(Plain[i]);
                Assert.AreEqual(Padded[i], Base32.Encode(data, 0, data.Length, true));
                Assert.AreEqual(Unpadded[i], Base32.Encode(data, 0, data.Length, false));
            }
        }

        [TestMethod]
        public void Rfc4648DecodePaddedAndUnpadded()
        {
            for (int i = 0; i < Plain.Length; i++)
            {
                Assert.AreEqual(Plain[i], DecodeAscii(Padded[i]), Padded[i]);
                Assert.AreEqual(Plain[i], DecodeAscii(Unpadded[i]), Unpadded[i]);
            }
        }

        [TestMethod]
        public void KeyUriWikiExample()
        {
            byte[] output = new byte[64];
            int length;
            Base32Error error;
            Assert.IsTrue(Base32.TryDecode("JBSWY3DPEHPK3PXP", output, out length, out error));
            Check.BytesEqual(Hex.Decode("48656c6c6f21deadbeef"), 0, output, 0, 10, "Hello! DEADBEEF");
            Assert.AreEqual(10, length);
        }

        [TestMethod]
        public void AwsSixtyFourCharacterSecretIsFortyBytes()
        {
            byte[] key = new byte[40];
            for (int i = 0; i < key.Length; i++)
            {
                key[i] = (byte)(i + 1);
            }

            string text = Base32.Encode(key, 0, key.Length, false);
            Assert.AreEqual("AEBAGBAFAYDQQCIKBMGA2DQPCAIREEYUCULBOGAZDINRYHI6D4QCCIRDEQSSMJZI", text);
            byte[] output = new byte[64];
            int length;
            Base32Error error;
            Assert.IsTrue(Base32.TryDecode(text, output, out length, out error));
            Assert.AreEqual(40, length);
            Check.BytesEqual(key, 0, output, 0, 40, "round trip");
        }

        [TestMethod]
        public void LenientWithWhatPeoplePaste()
        {
            Assert.AreEqual("foobar", DecodeAscii("mzxw6ytboi"));
            Assert.AreEqual("foobar", DecodeAscii("MZXW 6YTB OI"));
            Assert.AreEqual("foobar", DecodeAscii("mzxw-6ytb-oi======"));
            Assert.AreEqual("foobar", DecodeAscii("  MZXW6YTBOI\r\n"));
            Assert.AreEqual("foobar", DecodeAscii("MzXw\t6YtB oI"));
        }

        [TestMethod]
        public void RoundTripsEveryLengthUpTo64()
        {
            byte[] data = new byte[64];
            byte[] output = new byte[64];
            for (int n = 1; n <= 64; n++)
            {
                for (int i = 0; i < n; i++)
                {
                    data[i] = (byte)((i * 37) + n);
                }

                int length;
                Base32Error error;
                Assert.IsTrue(Base32.TryDecode(Base32.Encode(data, 0, n, (n & 1) == 0), output, out length, out error), "length " + n.ToString());
                Assert.AreEqual(n, length);
                Check.BytesEqual(data, 0, output, 0, n, "length " + n.ToString());
            }
        }

        [TestMethod]
        public void RejectsWithKindAndPosition()
        {
            Expect("MZXW0YTB", Base32ErrorKind.InvalidCharacter, 4);
            Expect("MZXW1YTB", Base32ErrorKind.InvalidCharacter, 4);
            Expect("MZXW8YTB", Base32ErrorKind.InvalidCharacter, 4);
            Expect("MZXW9YTB", Base32ErrorKind.InvalidCharacter, 4);
            Expect("MZXW6YT!", Base32ErrorKind.InvalidCharacter, 7);
            Expect("MZXW.6YTB", Base32ErrorKind.InvalidCharacter, 4);
            Expect("MZXW_6YTB", Base32ErrorKind.InvalidCharacter, 4);
            Expect("MZX\u00C9W6YTB", Base32ErrorKind.InvalidCharacter, 3);
            Expect("3fa85f6457174562b3fc2c963f66afa6", Base32ErrorKind.LooksLikeHex, 3);
            Expect("deadbeef00", Base32ErrorKind.LooksLikeHex, 8);
            Expect("", Base32ErrorKind.Empty, -1);
            Expect("  - ", Base32ErrorKind.Empty, -1);
            Expect("====", Base32ErrorKind.Empty, -1);
            Expect("M", Base32ErrorKind.ImpossibleLength, 0);
            Expect("MZX", Base32ErrorKind.ImpossibleLength, 2);
            Expect("MZXW6Y", Base32ErrorKind.ImpossibleLength, 5);
            Expect("MZXW6YTBO", Base32ErrorKind.ImpossibleLength, 8);
            Expect("MZ", Base32ErrorKind.NonZeroTrailingBits, 1);
            Expect("MZXW6YTBOJ", Base32ErrorKind.NonZeroTrailingBits, 9);
            Expect("MY==MY==", Base32ErrorKind.BadPadding, 2);
            Expect("MY=", Base32ErrorKind.BadPadding, 2);
            Expect("MZXW6YTB========", Base32ErrorKind.BadPadding, 8);
        }

        [TestMethod]
        public void TooLongForTheBufferIsRefusedAndWiped()
        {
            byte[] output = new byte[4];
            int length;
            Base32Error error;
            Assert.IsFalse(Base32.TryDecode("MZXW6YTB", output, out length, out error));
            Assert.AreEqual((int)Base32ErrorKind.TooLong, (int)error.Kind);
            Assert.AreEqual(4, error.Limit);
            Check.BytesEqual(new byte[4], output, "wiped");
        }

        [TestMethod]
        public void MessagesNameThePositionForPeople()
        {
            Assert.AreEqual("'0' at position 5 is not a base32 character (A-Z and 2-7); did you mean the letter O?", ErrorOf("MZXW0YTB").Message);
            Check.TextEqual("the secret is longer than 4 bytes", new Base32Error(Base32ErrorKind.TooLong, -1, '\0', 4).Message, "too long");
            Assert.IsTrue(ErrorOf("deadbeef00").Message.IndexOf("hexadecimal") >= 0);
        }

        [TestMethod]
        public void MaxDecodedLength()
        {
            Assert.AreEqual(40, Base32.MaxDecodedLength(64));
            Assert.AreEqual(5, Base32.MaxDecodedLength(8));
        }

        private static void Expect(string text, Base32ErrorKind kind, int position)
        {
            Base32Error error = ErrorOf(text);
            Assert.AreEqual((int)kind, (int)error.Kind, "kind for \"" + text + "\": " + error.Message);
            Assert.AreEqual(position, error.Position, "position for \"" + text + "\"");
        }

        private static Base32Error ErrorOf(string text)
        {
            byte[] output = new byte[64];
            int length;
            Base32Error error;
            Assert.IsFalse(Base32.TryDecode(text, output, out length, out error), "accepted \"" + text + "\"");
            return error;
        }

        private static string DecodeAscii(string text)
        {
            byte[] output = new byte[64];
            int length;
            Base32Error error;
            Assert.IsTrue(Base32.TryDecode(text, output, out length, out error), text + ": " + error.Message);
            char[] chars = new char[length];
            for (int i = 0; i < length; i++)
            {
                chars[i] = (char)output[i];
            }

            return new string(chars);
        }
    }
}
