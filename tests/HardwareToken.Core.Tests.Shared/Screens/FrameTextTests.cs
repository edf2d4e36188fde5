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
    /// <summary>Frame to text art and back: pixel orientation, exact text format, round trips, strict parsing.</summary>
    [TestClass]
    public class FrameTextTests
    {
        [TestMethod]
        public void APixelAppearsAtItsRowAndColumn()
        {
            byte[] frame = new byte[FrameLayout.Size];
            new FrameCanvas(frame).SetPixel(100, 42, true);
            string[] rows = FrameText.ToRows(frame);
            Assert.AreEqual(64, rows.Length, "rows");
            for (int y = 0; y < 64; y++)
            {
                Assert.AreEqual(128, rows[y].Length, "row length");
                for (int x = 0; x < 128; x++)
                {
                    Assert.IsTrue((rows[y][x] == '#') == (x == 100 && y == 42), "cell " + x.ToString() + "," + y.ToString());
                }
            }

            Assert.AreEqual(rows[42], FrameText.Row(frame, 42));
        }

        [TestMethod]
        public void TheTopBitOfAByteIsTheLowRowOfItsPage()
        {
            byte[] frame = new byte[FrameLayout.Size];
            frame[(2 * 128) + 7] = 0x81; // page 2, column 7: rows 16 and 23
            string[] rows = FrameText.ToRows(frame);
            Assert.IsTrue(rows[16][7] == '#', "bit 0 is row 16");
            Assert.IsTrue(rows[23][7] == '#', "bit 7 is row 23");
            Assert.IsTrue(rows[17][7] == '.', "bit 1 is off");
        }

        [TestMethod]
        public void TextIs64RowsEachEndingInNewline()
        {
            byte[] frame = PseudoRandomFrame(7);
            string text = FrameText.ToText(frame);
            string[] rows = FrameText.ToRows(frame);
            Assert.AreEqual(64 * 129, text.Length, "length");
            for (int y = 0; y < 64; y++)
            {
                Assert.AreEqual(rows[y], text.Substring(y * 129, 128), "row " + y.ToString());
                Assert.IsTrue(text[(y * 129) + 128] == '\n', "newline after row " + y.ToString());
            }
        }

        [TestMethod]
        public void RoundTrips()
        {
            for (uint seed = 1; seed <= 5; seed++)
            {
                byte[] frame = PseudoRandomFrame(seed);
                Check.BytesEqual(frame, FrameText.Parse(FrameText.ToText(frame)), "text, seed " + seed.ToString());
                Check.BytesEqual(frame, FrameText.Parse(FrameText.ToRows(frame)), "rows, seed " + seed.ToString());
            }
        }

        [TestMethod]
        public void ParseAcceptsCrLfAndLooseEndings()
        {
            byte[] frame = PseudoRandomFrame(3);
            string[] rows = FrameText.ToRows(frame);
            string crlf = string.Empty;
            for (int y = 0; y < 64; y++)
            {
                crlf += rows[y] + (y < 63 ? "\r\n" : string.Empty);
            }

            Check.BytesEqual(frame, FrameText.Parse(crlf), "CRLF without a final newline");
            Check.BytesEqual(frame, FrameText.Parse(FrameText.ToText(frame) + "\n\r\n"), "trailing blank lines");
        }

        [TestMethod]
        public void ParseRejectsMalformedArt()
        {
            string[] rows = FrameText.ToRows(new byte[FrameLayout.Size]);
            string text = FrameText.ToText(new byte[FrameLayout.Size]);
            Check.Throws(typeof(ArgumentNullException), () => FrameText.Parse((string)null), "null text");
            Check.Throws(typeof(ArgumentNullException), () => FrameText.Parse((string[])null), "null rows");
            Check.Throws(typeof(FormatException), () => FrameText.Parse(new string[63]), "63 rows");
            Check.Throws(typeof(FormatException), () => FrameText.Parse(text.Substring(129)), "63 rows of text");
            Check.Throws(typeof(FormatException), () => FrameText.Parse(text + rows[0] + "\n"), "65 rows of text");
            Check.Throws(typeof(FormatException), () => FrameText.Parse("\n" + text), "blank first row");

            string[] shortRow = FrameText.ToRows(new byte[FrameLayout.Size]);
            shortRow[5] = shortRow[5].Substring(1);
            Check.Throws(typeof(FormatException), () => FrameText.Parse(shortRow), "127 characters");

            string[] badChar = FrameText.ToRows(new byte[FrameLayout.Size]);
            badChar[9] = "x" + badChar[9].Substring(1);
            Check.Throws(typeof(FormatException), () => FrameText.Parse(badChar), "bad character");

            string[] missing = FrameText.ToRows(new byte[FrameLayout.Size]);
            missing[63] = null;
            Check.Throws(typeof(FormatException), () => FrameText.Parse(missing), "missing row");
        }

        [TestMethod]
        public void RejectsFramesOfTheWrongSize()
        {
            Check.Throws(typeof(ArgumentException), () => FrameText.ToRows(new byte[10]), "ToRows");
            Check.Throws(typeof(ArgumentException), () => FrameText.ToText(new byte[2048]), "ToText");
            Check.Throws(typeof(ArgumentNullException), () => FrameText.ToText(null), "null");
            Check.Throws(typeof(ArgumentOutOfRangeException), () => FrameText.Row(new byte[FrameLayout.Size], 64), "row 64");
        }

        private static byte[] PseudoRandomFrame(uint seed)
        {
            byte[] frame = new byte[FrameLayout.Size];
            uint state = seed;
            for (int i = 0; i < frame.Length; i++)
            {
                state = unchecked((state * 1664525u) + 1013904223u);
                frame[i] = (byte)(state >> 24);
            }

            return frame;
        }
    }
}
