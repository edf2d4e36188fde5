using HardwareToken.Core.Screens;
#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif

namespace HardwareToken.Core.Tests.Screens
{
    /// <summary>The label font: coverage of printable ASCII, distinct glyphs, metrics and text widths.</summary>
    [TestClass]
    public class SmallFontTests
    {
        [TestMethod]
        public void TableCoversPrintableAscii()
        {
            Assert.AreEqual(95 * SmallFont.GlyphWidth, SmallFont.Glyphs.Length, "table size");
            Assert.AreEqual(0x20, (int)SmallFont.First, "first");
            Assert.AreEqual(0x7E, (int)SmallFont.Last, "last");
        }

        [TestMethod]
        public void EveryPrintableCharacterHasAVisibleGlyph()
        {
            for (int c = 0x21; c <= 0x7E; c++)
            {
                Assert.IsTrue(SmallFont.HasGlyph((char)c), "has glyph " + c.ToString());
                Assert.IsTrue(LitPixels((char)c) > 0, "glyph of 0x" + c.ToString("X2") + " is blank");
            }

            Assert.AreEqual(0, LitPixels(' '), "space is blank");
        }

        [TestMethod]
        public void PrintableGlyphsAreAllDifferent()
        {
            for (int a = 0x20; a <= 0x7E; a++)
            {
                for (int b = a + 1; b <= 0x7E; b++)
                {
                    bool same = true;
                    for (int i = 0; i < SmallFont.GlyphWidth; i++)
                    {
                        if (SmallFont.Glyphs[SmallFont.GlyphOffset((char)a) + i] != SmallFont.Glyphs[SmallFont.GlyphOffset((char)b) + i])
                        {
                            same = false;
                        }
                    }

                    Assert.IsFalse(same, "0x" + a.ToString("X2") + " and 0x" + b.ToString("X2") + " look the same");
                }
            }
        }

        [TestMethod]
        public void OnlyDescendersUseTheBottomRow()
        {
            // Rows 0..6 hold everything but the descenders of g, j, p, q, y and the comma's tail, so lines of
            // capitals 8 pixels apart never touch.
            for (int c = 0x20; c <= 0x7E; c++)
            {
                bool descender = c == 'g' || c == 'j' || c == 'p' || c == 'q' || c == 'y' || c == ',';
                int offset = SmallFont.GlyphOffset((char)c);
                int bottom = 0;
                for (int i = 0; i < SmallFont.GlyphWidth; i++)
                {
                    bottom |= SmallFont.Glyphs[offset + i] & 0x80;
                }

                Assert.IsTrue(descender == (bottom != 0), "bottom row of 0x" + c.ToString("X2"));
            }
        }

        [TestMethod]
        public void CharactersWithoutAGlyphDrawAsTheFallback()
        {
            Assert.IsFalse(SmallFont.HasGlyph((char)0x7F), "DEL");
            Assert.IsFalse(SmallFont.HasGlyph('\t'), "tab");
            Assert.IsFalse(SmallFont.HasGlyph((char)0xE9), "e acute");
            Assert.AreEqual(SmallFont.GlyphOffset('?'), SmallFont.GlyphOffset((char)0xE9), "offset of e acute");
            Assert.AreEqual(SmallFont.GlyphOffset('?'), SmallFont.GlyphOffset((char)0), "offset of NUL");

            FrameCanvas fallback = new FrameCanvas(new byte[FrameLayout.Size]);
            fallback.DrawChar(3, 5, (char)0x20AC, true);
            FrameCanvas question = new FrameCanvas(new byte[FrameLayout.Size]);
            question.DrawChar(3, 5, '?', true);
            for (int i = 0; i < FrameLayout.Size; i++)
            {
                Assert.AreEqual((int)question.Frame[i], (int)fallback.Frame[i], "byte " + i.ToString());
            }
        }

        [TestMethod]
        public void TextWidths()
        {
            Assert.AreEqual(0, FrameCanvas.MeasureText((string)null), "null");
            Assert.AreEqual(0, FrameCanvas.MeasureText(string.Empty), "empty");
            Assert.AreEqual(5, FrameCanvas.MeasureText("A"), "one character");
            Assert.AreEqual(11, FrameCanvas.MeasureText("AB"), "two characters");
            Assert.AreEqual(125, FrameCanvas.MeasureText("run hwtoken sync-time"), "21 characters fill the width");
            Assert.AreEqual(58, FrameCanvas.MeasureText("SAVED", 2), "double size");
            Assert.AreEqual(0, FrameCanvas.MeasureText("SAVED", 0), "scale 0");
            Assert.AreEqual(17, FrameCanvas.MeasureText(new TextLine(4).Append("1/3")), "text line");
            Assert.AreEqual(0, FrameCanvas.MeasureText((TextLine)null), "null text line");
            Assert.AreEqual(23, FrameCanvas.MeasureText(4), "by length");
        }

        [TestMethod]
        public void MeasuredWidthIsTheInkExtentOfEveryGlyph()
        {
            // No glyph reaches past its 5 columns, and each non-space glyph starts within them.
            FrameCanvas canvas = new FrameCanvas(new byte[FrameLayout.Size]);
            for (int c = 0x21; c <= 0x7E; c++)
            {
                canvas.Clear();
                int end = canvas.DrawText(10, 8, ((char)c).ToString(), true);
                Assert.AreEqual(10 + SmallFont.Advance, end, "advance");
                int left = 999;
                int right = -1;
                for (int x = 0; x < FrameLayout.Width; x++)
                {
                    for (int y = 0; y < FrameLayout.Height; y++)
                    {
                        if (canvas.GetPixel(x, y))
                        {
                            left = x < left ? x : left;
                            right = x > right ? x : right;
                        }
                    }
                }

                Assert.IsTrue(left >= 10 && right <= 10 + FrameCanvas.MeasureText("x") - 1, "ink of 0x" + c.ToString("X2"));
            }
        }

        [TestMethod]
        public void CenteredTextIsCentered()
        {
            FrameCanvas canvas = new FrameCanvas(new byte[FrameLayout.Size]);
            canvas.DrawTextCentered(0, "HH", true);
            // "HH" is 11 wide: (128 - 11) / 2 = 58; H has ink in its first and last column.
            Assert.IsTrue(canvas.GetPixel(58, 3), "left edge");
            Assert.IsFalse(canvas.GetPixel(57, 3), "left of the text");
            Assert.IsTrue(canvas.GetPixel(68, 3), "right edge");
            Assert.IsFalse(canvas.GetPixel(69, 3), "right of the text");
        }

        private static int LitPixels(char c)
        {
            int count = 0;
            int offset = SmallFont.GlyphOffset(c);
            for (int i = 0; i < SmallFont.GlyphWidth; i++)
            {
                for (int bit = 0; bit < 8; bit++)
                {
                    if ((SmallFont.Glyphs[offset + i] & (1 << bit)) != 0)
                    {
                        count++;
                    }
                }
            }

            return count;
        }
    }
}
