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
    /// <summary>
    /// The drawing primitives: the SSD1306 page-major pixel mapping, rectangles against a per-pixel model,
    /// glyph placement at unaligned rows, and clipping at every edge without exceptions.
    /// </summary>
    [TestClass]
    public class FrameCanvasTests
    {
        private static readonly int[] Extremes = new int[]
        {
            int.MinValue, -1000, -128, -64, -33, -32, -31, -8, -7, -1, 0, 1, 31, 63, 64, 127, 128, 1000, int.MaxValue,
        };

        [TestMethod]
        public void EveryPixelMapsToItsGddramByteAndBit()
        {
            FrameCanvas canvas = new FrameCanvas(new byte[FrameLayout.Size]);
            byte[] frame = canvas.Frame;
            for (int y = 0; y < FrameLayout.Height; y++)
            {
                for (int x = 0; x < FrameLayout.Width; x++)
                {
                    canvas.SetPixel(x, y, true);
                    int index = ((y / 8) * 128) + x;
                    Assert.AreEqual(1 << (y % 8), (int)frame[index], "pixel " + x.ToString() + "," + y.ToString());
                    Assert.IsTrue(canvas.GetPixel(x, y), "get " + x.ToString() + "," + y.ToString());
                    canvas.SetPixel(x, y, false);
                    Assert.AreEqual(0, (int)frame[index], "cleared " + x.ToString() + "," + y.ToString());
                }
            }
        }

        [TestMethod]
        public void SetPixelOffLeavesOtherBitsOfTheByte()
        {
            FrameCanvas canvas = new FrameCanvas(new byte[FrameLayout.Size]);
            canvas.FillRectangle(5, 8, 1, 8, true);
            Assert.AreEqual(0xFF, (int)canvas.Frame[128 + 5], "page 1 column 5 lit");
            canvas.SetPixel(5, 10, false);
            Assert.AreEqual(0xFB, (int)canvas.Frame[128 + 5], "only bit 2 cleared");
        }

        [TestMethod]
        public void ClearTurnsEverythingOff()
        {
            FrameCanvas canvas = new FrameCanvas(new byte[FrameLayout.Size]);
            canvas.FillRectangle(0, 0, 128, 64, true);
            for (int i = 0; i < FrameLayout.Size; i++)
            {
                Assert.AreEqual(0xFF, (int)canvas.Frame[i], "filled byte " + i.ToString());
            }

            canvas.Clear();
            for (int i = 0; i < FrameLayout.Size; i++)
            {
                Assert.AreEqual(0, (int)canvas.Frame[i], "cleared byte " + i.ToString());
            }
        }

        [TestMethod]
        public void RectanglesMatchAPerPixelModel()
        {
            uint seed = 12345;
            byte[] expected = new byte[FrameLayout.Size];
            FrameCanvas canvas = new FrameCanvas(new byte[FrameLayout.Size]);
            FrameCanvas model = new FrameCanvas(expected);
            for (int round = 0; round < 300; round++)
            {
                seed = Next(seed);
                int x = (int)(seed % 200) - 40;
                seed = Next(seed);
                int y = (int)(seed % 120) - 30;
                seed = Next(seed);
                int w = (int)(seed % 150) - 5;
                seed = Next(seed);
                int h = (int)(seed % 90) - 5;
                seed = Next(seed);
                int kind = (int)(seed % 4);
                bool on = (seed & 0x100) != 0;

                if (kind == 0)
                {
                    canvas.FillRectangle(x, y, w, h, on);
                    ModelFill(model, x, y, w, h, on);
                }
                else if (kind == 1)
                {
                    canvas.DrawRectangle(x, y, w, h, on);
                    if (w > 0 && h > 0)
                    {
                        ModelFill(model, x, y, w, 1, on);
                        ModelFill(model, x, y + h - 1, w, 1, on);
                        ModelFill(model, x, y, 1, h, on);
                        ModelFill(model, x + w - 1, y, 1, h, on);
                    }
                }
                else if (kind == 2)
                {
                    canvas.InvertRectangle(x, y, w, h);
                    for (int py = y; py < y + h; py++)
                    {
                        for (int px = x; px < x + w; px++)
                        {
                            model.SetPixel(px, py, !model.GetPixel(px, py));
                        }
                    }
                }
                else
                {
                    canvas.DrawHorizontalLine(x, y, w, on);
                    canvas.DrawVerticalLine(y, x, h, on);
                    ModelFill(model, x, y, w, 1, on);
                    ModelFill(model, y, x, 1, h, on);
                }

                Check.BytesEqual(expected, canvas.Frame, "round " + round.ToString() + " kind " + kind.ToString());
            }
        }

        [TestMethod]
        public void RectangleOutlineHasAHollowInside()
        {
            FrameCanvas canvas = new FrameCanvas(new byte[FrameLayout.Size]);
            canvas.DrawRectangle(10, 5, 20, 12, true);
            Assert.IsTrue(canvas.GetPixel(10, 5), "top-left");
            Assert.IsTrue(canvas.GetPixel(29, 16), "bottom-right");
            Assert.IsTrue(canvas.GetPixel(20, 5), "top edge");
            Assert.IsTrue(canvas.GetPixel(10, 11), "left edge");
            Assert.IsFalse(canvas.GetPixel(11, 6), "inside");
            Assert.IsFalse(canvas.GetPixel(30, 16), "outside right");
            Assert.IsFalse(canvas.GetPixel(29, 17), "outside below");
        }

        [TestMethod]
        public void InvertingTwiceRestores()
        {
            FrameCanvas canvas = new FrameCanvas(new byte[FrameLayout.Size]);
            canvas.DrawText(0, 3, "Hello", true);
            byte[] before = (byte[])canvas.Frame.Clone();
            canvas.InvertRectangle(-3, 1, 50, 20);
            Assert.IsTrue(canvas.GetPixel(0, 1), "the dark pixel above the text is lit while inverted");
            canvas.InvertRectangle(-3, 1, 50, 20);
            Check.BytesEqual(before, canvas.Frame, "restored");
        }

        [TestMethod]
        public void GlyphsLandOnAnyRowAndClipAtEveryEdge()
        {
            // 'W' drawn at every row from fully above to fully below the frame, at left, middle and right edges:
            // each frame pixel equals the glyph bit that should land there.
            int[] xs = new int[] { -6, -5, -4, -1, 0, 61, 122, 123, 124, 127, 128 };
            int offset = SmallFont.GlyphOffset('W');
            FrameCanvas canvas = new FrameCanvas(new byte[FrameLayout.Size]);
            for (int xi = 0; xi < xs.Length; xi++)
            {
                for (int y = -9; y <= 65; y++)
                {
                    canvas.Clear();
                    canvas.DrawChar(xs[xi], y, 'W', true);
                    int lit = 0;
                    for (int column = 0; column < SmallFont.GlyphWidth; column++)
                    {
                        for (int row = 0; row < SmallFont.Height; row++)
                        {
                            int px = xs[xi] + column;
                            int py = y + row;
                            bool inside = px >= 0 && px < 128 && py >= 0 && py < 64;
                            bool glyph = (SmallFont.Glyphs[offset + column] & (1 << row)) != 0;
                            if (inside)
                            {
                                Assert.IsTrue(canvas.GetPixel(px, py) == glyph, "W at " + xs[xi].ToString() + "," + y.ToString());
                                lit += glyph ? 1 : 0;
                            }
                        }
                    }

                    Assert.AreEqual(lit, CountLit(canvas.Frame), "nothing drawn outside the glyph at " + xs[xi].ToString() + "," + y.ToString());
                }
            }
        }

        [TestMethod]
        public void DarkTextClearsOnlyItsInk()
        {
            FrameCanvas canvas = new FrameCanvas(new byte[FrameLayout.Size]);
            canvas.FillRectangle(0, 0, 128, 9, true);
            canvas.DrawText(0, 1, "I", false);
            // 'I' is ".###." on row 1: columns 1..3 dark, 0 and 4 still lit.
            Assert.IsTrue(canvas.GetPixel(0, 1), "column 0");
            Assert.IsFalse(canvas.GetPixel(1, 1), "column 1");
            Assert.IsFalse(canvas.GetPixel(3, 1), "column 3");
            Assert.IsTrue(canvas.GetPixel(4, 1), "column 4");
            Assert.IsTrue(canvas.GetPixel(2, 0), "row above the glyph");
        }

        [TestMethod]
        public void ScaledTextIsTheGlyphMagnified()
        {
            FrameCanvas canvas = new FrameCanvas(new byte[FrameLayout.Size]);
            Assert.AreEqual(10 + 36, canvas.DrawText(10, 4, "A", 6, true), "advance at scale 6");
            int offset = SmallFont.GlyphOffset('A');
            for (int column = 0; column < 5; column++)
            {
                for (int row = 0; row < 8; row++)
                {
                    bool glyph = (SmallFont.Glyphs[offset + column] & (1 << row)) != 0;
                    Assert.IsTrue(canvas.GetPixel(10 + (column * 6) + 5, 4 + (row * 6) + 5) == glyph, "block " + column.ToString() + "," + row.ToString());
                    Assert.IsTrue(canvas.GetPixel(10 + (column * 6), 4 + (row * 6)) == glyph, "block corner " + column.ToString() + "," + row.ToString());
                }
            }
        }

        [TestMethod]
        public void TextOverloadsDrawTheSamePixels()
        {
            FrameCanvas a = new FrameCanvas(new byte[FrameLayout.Size]);
            FrameCanvas b = new FrameCanvas(new byte[FrameLayout.Size]);
            FrameCanvas c = new FrameCanvas(new byte[FrameLayout.Size]);
            a.DrawText(3, 9, "12:00:03", true);
            b.DrawText(3, 9, "xx12:00:03yy".ToCharArray(), 2, 8, true);
            c.DrawText(3, 9, new TextLine(10).Append("12:00:03"), true);
            Check.BytesEqual(a.Frame, b.Frame, "char[] range");
            Check.BytesEqual(a.Frame, c.Frame, "text line");
            Assert.AreEqual(3 + 48, a.DrawText(3, 9, "12:00:03", true), "returned x");
            Check.Throws(typeof(ArgumentOutOfRangeException), () => b.DrawText(0, 0, "abc".ToCharArray(), 2, 2, true), "range past the end");
        }

        [TestMethod]
        public void FittedTextDrawsWholeCharactersOnly()
        {
            FrameCanvas canvas = new FrameCanvas(new byte[FrameLayout.Size]);
            Assert.AreEqual(3, canvas.DrawTextFitted(0, 0, "ABCDEFG", 17, true), "17 pixels hold 3 characters");
            Assert.AreEqual(2, canvas.DrawTextFitted(0, 10, "ABCDEFG", 16, true), "16 pixels hold 2");
            Assert.AreEqual(7, canvas.DrawTextFitted(0, 20, "ABCDEFG", 500, true), "all fit");
            Assert.AreEqual(0, canvas.DrawTextFitted(0, 30, "ABCDEFG", -5, true), "negative width");
            Assert.AreEqual(0, canvas.DrawTextFitted(0, 30, null, 100, true), "null");
            for (int x = 17; x < 128; x++)
            {
                for (int y = 0; y < 8; y++)
                {
                    Assert.IsFalse(canvas.GetPixel(x, y), "nothing past the limit at " + x.ToString());
                }
            }
        }

        [TestMethod]
        public void ClippingAtAnyCoordinatesNeverThrows()
        {
            FrameCanvas canvas = new FrameCanvas(new byte[FrameLayout.Size]);
            string wide = "Wide text: 0123456789 ~|";
            TextLine line = new TextLine(40).Append(wide);
            for (int i = 0; i < Extremes.Length; i++)
            {
                for (int j = 0; j < Extremes.Length; j++)
                {
                    int x = Extremes[i];
                    int y = Extremes[j];
                    canvas.SetPixel(x, y, true);
                    canvas.GetPixel(x, y);
                    canvas.DrawHorizontalLine(x, y, 300, true);
                    canvas.DrawVerticalLine(x, y, 300, true);
                    canvas.FillRectangle(x, y, 70, 70, false);
                    canvas.FillRectangle(x, y, int.MaxValue, int.MaxValue, true);
                    canvas.FillRectangle(0, 0, x, y, false);
                    canvas.DrawRectangle(x, y, 40, 40, true);
                    canvas.DrawRectangle(x, y, int.MaxValue, int.MaxValue, true);
                    canvas.DrawRectangle(0, 0, x, y, true);
                    canvas.InvertRectangle(x, y, 50, 50);
                    canvas.InvertRectangle(0, 0, x, y);
                    canvas.DrawChar(x, y, 'M', true);
                    canvas.DrawText(x, y, wide, true);
                    canvas.DrawText(x, y, "Wq", 3, false);
                    canvas.DrawText(x, y, line, true);
                    canvas.DrawTextFitted(x, y, wide, x, true);
                    canvas.DrawTextCentered(y, wide, true);
                    canvas.DrawTextCentered(y, "SAVED", 2, true);
                    canvas.DrawTextRight(y, line, true);
                    canvas.DrawCode(x, y, 123456, 6, true);
                    canvas.DrawCode(x, y, 12345678, 8, true);
                    canvas.DrawCodeCentered(y, 999999999, 9, false);
                }
            }

            Assert.AreEqual(FrameLayout.Size, canvas.Frame.Length, "frame untouched in size");
        }

        [TestMethod]
        public void ConstructorChecksTheFrame()
        {
            Check.Throws(typeof(ArgumentNullException), () => new FrameCanvas(null), "null");
            Check.Throws(typeof(ArgumentException), () => new FrameCanvas(new byte[1023]), "1023 bytes");
            Check.Throws(typeof(ArgumentException), () => new FrameCanvas(new byte[1025]), "1025 bytes");
            byte[] frame = new byte[FrameLayout.Size];
            Assert.IsTrue(object.ReferenceEquals(frame, new FrameCanvas(frame).Frame), "wraps the given array");
        }

        private static void ModelFill(FrameCanvas model, int x, int y, int w, int h, bool on)
        {
            for (int py = y; py < y + h; py++)
            {
                for (int px = x; px < x + w; px++)
                {
                    model.SetPixel(px, py, on);
                }
            }
        }

        private static int CountLit(byte[] frame)
        {
            int count = 0;
            for (int i = 0; i < frame.Length; i++)
            {
                for (int bit = 0; bit < 8; bit++)
                {
                    count += (frame[i] >> bit) & 1;
                }
            }

            return count;
        }

        private static uint Next(uint seed)
        {
            return unchecked((seed * 1103515245u) + 12345u) & 0x7FFFFFFFu;
        }
    }
}
