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
    /// <summary>The code digits: metrics, glyph sanity, font choice and DrawCode layout with leading zeros.</summary>
    [TestClass]
    public class CodeFontTests
    {
        [TestMethod]
        public void SixDigitsGroupedFitInTheWideFont()
        {
            Assert.AreEqual(120, CodeFont.Wide.Measure(6, true), "6 grouped");
            Assert.AreEqual(16 * 6 + 3 * 5, CodeFont.Wide.Measure(6, false), "6 ungrouped");
            Assert.IsTrue(CodeFont.For(6, true) == CodeFont.Wide, "6 digits use the wide font");
        }

        [TestMethod]
        public void EightDigitsGroupedFitInTheNarrowFont()
        {
            Assert.AreEqual(118, CodeFont.Narrow.Measure(8, true), "8 grouped");
            Assert.IsTrue(CodeFont.Wide.Measure(8, true) > FrameLayout.Width, "8 wide digits would not fit");
            Assert.IsTrue(CodeFont.For(8, true) == CodeFont.Narrow, "8 digits use the narrow font");
            Assert.IsTrue(CodeFont.For(7, true) == CodeFont.Narrow, "7 digits use the narrow font");
            Assert.IsTrue(CodeFont.Narrow.Measure(7, true) <= FrameLayout.Width, "7 digits fit");
            Assert.AreEqual(0, CodeFont.Wide.Measure(0, true), "no digits");
            Assert.AreEqual(16, CodeFont.Wide.Measure(1, true), "one digit has no group gap");
        }

        [TestMethod]
        public void GroupsSplitAtHalf()
        {
            Assert.AreEqual(3, CodeFont.FirstGroupLength(6), "6");
            Assert.AreEqual(3, CodeFont.FirstGroupLength(7), "7");
            Assert.AreEqual(4, CodeFont.FirstGroupLength(8), "8");
        }

        [TestMethod]
        public void GlyphsAreVisibleDistinctAndInsideTheirHeight()
        {
            CheckGlyphs(CodeFont.Wide, "wide");
            CheckGlyphs(CodeFont.Narrow, "narrow");
        }

        [TestMethod]
        public void ColumnRejectsOutOfRangeArguments()
        {
            Check.Throws(typeof(ArgumentOutOfRangeException), () => CodeFont.Wide.Column(10, 0), "digit 10");
            Check.Throws(typeof(ArgumentOutOfRangeException), () => CodeFont.Wide.Column(-1, 0), "digit -1");
            Check.Throws(typeof(ArgumentOutOfRangeException), () => CodeFont.Wide.Column(0, 16), "column 16");
            Check.Throws(typeof(ArgumentOutOfRangeException), () => CodeFont.Narrow.Column(0, 12), "narrow column 12");
        }

        [TestMethod]
        public void DrawCodeKeepsLeadingZeros()
        {
            CheckDrawnDigits(123, 6, true, "000123");
            CheckDrawnDigits(0, 6, true, "000000");
            CheckDrawnDigits(7, 8, true, "00000007");
            CheckDrawnDigits(5, 6, false, "000005");
        }

        [TestMethod]
        public void DrawCodeShowsEveryDigit()
        {
            CheckDrawnDigits(123456, 6, true, "123456");
            CheckDrawnDigits(987654, 6, false, "987654");
            CheckDrawnDigits(90123456, 8, true, "90123456");
            CheckDrawnDigits(7890123, 7, true, "7890123");
        }

        [TestMethod]
        public void DrawCodeKeepsTheLowDigitsOfALargerNumber()
        {
            CheckDrawnDigits(1234567, 6, true, "234567");
        }

        [TestMethod]
        public void TheGroupGapIsDark()
        {
            FrameCanvas canvas = new FrameCanvas(new byte[FrameLayout.Size]);
            canvas.DrawCode(0, 0, 888888, 6, true);
            int gapStart = (3 * 16) + (2 * 3);
            for (int x = gapStart; x < gapStart + 12; x++)
            {
                for (int y = 0; y < 28; y++)
                {
                    Assert.IsFalse(canvas.GetPixel(x, y), "gap pixel " + x.ToString() + "," + y.ToString());
                }
            }
        }

        [TestMethod]
        public void DrawCodeReturnsTheEndAndCentres()
        {
            FrameCanvas canvas = new FrameCanvas(new byte[FrameLayout.Size]);
            Assert.AreEqual(5 + 120, canvas.DrawCode(5, 0, 123456, 6, true), "end of 6 digits");
            Assert.AreEqual(120, FrameCanvas.MeasureCode(6, true), "measure 6");
            Assert.AreEqual(118, FrameCanvas.MeasureCode(8, true), "measure 8");
            canvas.Clear();
            canvas.DrawCodeCentered(0, 888888, 6, true);
            // '8' has ink in its first column: the code starts at (128 - 120) / 2 = 4.
            bool inkAt4 = false;
            for (int y = 0; y < 28; y++)
            {
                inkAt4 |= canvas.GetPixel(4, y);
                Assert.IsFalse(canvas.GetPixel(3, y), "left of the code, row " + y.ToString());
            }

            Assert.IsTrue(inkAt4, "code starts at x = 4");
        }

        [TestMethod]
        public void DrawCodeRejectsBadArguments()
        {
            FrameCanvas canvas = new FrameCanvas(new byte[FrameLayout.Size]);
            Check.Throws(typeof(ArgumentOutOfRangeException), () => canvas.DrawCode(0, 0, 1, 0, true), "0 digits");
            Check.Throws(typeof(ArgumentOutOfRangeException), () => canvas.DrawCode(0, 0, 1, 10, true), "10 digits");
            Check.Throws(typeof(ArgumentOutOfRangeException), () => canvas.DrawCode(0, 0, -1, 6, true), "negative code");
            Check.Throws(typeof(ArgumentNullException), () => canvas.DrawCode(0, 0, 1, 6, true, null), "no font");
        }

        private static void CheckGlyphs(CodeFont font, string name)
        {
            for (int d = 0; d <= 9; d++)
            {
                uint all = 0;
                for (int c = 0; c < font.GlyphWidth; c++)
                {
                    all |= font.Column(d, c);
                }

                Assert.IsTrue(all != 0, name + " digit " + d.ToString() + " is blank");
                Assert.IsTrue((all >> font.GlyphHeight) == 0, name + " digit " + d.ToString() + " is taller than the font");
                // Every digit touches the top and bottom rows: all are full height.
                Assert.IsTrue((all & 1u) != 0 && (all & (1u << (font.GlyphHeight - 1))) != 0, name + " digit " + d.ToString() + " height");

                for (int e = d + 1; e <= 9; e++)
                {
                    bool same = true;
                    for (int c = 0; c < font.GlyphWidth; c++)
                    {
                        same &= font.Column(d, c) == font.Column(e, c);
                    }

                    Assert.IsFalse(same, name + " digits " + d.ToString() + " and " + e.ToString() + " look the same");
                }
            }
        }

        /// <summary>Draws the code at (0, 3) and checks every digit cell against the font, pixel by pixel.</summary>
        private static void CheckDrawnDigits(int code, int digits, bool grouped, string expected)
        {
            FrameCanvas canvas = new FrameCanvas(new byte[FrameLayout.Size]);
            CodeFont font = CodeFont.For(digits, grouped);
            canvas.DrawCode(0, 3, code, digits, grouped);
            int x = 0;
            for (int i = 0; i < digits; i++)
            {
                int digit = expected[i] - '0';
                for (int c = 0; c < font.GlyphWidth; c++)
                {
                    uint column = font.Column(digit, c);
                    for (int row = 0; row < font.GlyphHeight; row++)
                    {
                        bool lit = (column & (1u << row)) != 0;
                        if (canvas.GetPixel(x + c, 3 + row) != lit)
                        {
                            Assert.IsTrue(false, expected + ": digit " + i.ToString() + " is not '" + expected[i].ToString() + "'");
                        }
                    }
                }

                x += font.GlyphWidth + ((grouped && i == CodeFont.FirstGroupLength(digits) - 1) ? font.GroupGap : font.DigitSpacing);
            }
        }
    }
}
