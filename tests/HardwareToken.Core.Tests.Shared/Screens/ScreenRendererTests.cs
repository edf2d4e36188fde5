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
    /// Properties of the screens beyond the snapshots: full redraw, the countdown bar, the rolling-soon blink,
    /// the warning mark, the header layout, and tolerance of odd inputs.
    /// </summary>
    [TestClass]
    public class ScreenRendererTests
    {
        // Code screen geometry (docs/screens.md).
        private const int BarY = 56;
        private const int BarFillY = 58;
        private const int BarInnerWidth = 124;

        [TestMethod]
        public void TheFrameIsOneFixedArray()
        {
            ScreenRenderer renderer = new ScreenRenderer();
            byte[] frame = renderer.Frame;
            Assert.AreEqual(FrameLayout.Size, frame.Length, "size");
            for (int i = 0; i < ScreenSamples.Names.Length; i++)
            {
                ScreenSamples.Render(i, renderer);
                Assert.IsTrue(object.ReferenceEquals(frame, renderer.Frame), "same array after " + ScreenSamples.Names[i]);
            }

            Assert.IsTrue(object.ReferenceEquals(frame, renderer.Canvas.Frame), "canvas draws into the frame");
        }

        [TestMethod]
        public void EveryScreenFullyRedraws()
        {
            // Whatever was on the frame before, a screen renders to the same bytes as on a fresh renderer.
            int screens = 10; // the sheets (10..12) are canvas drawings, not renderer screens
            ScreenRenderer reused = new ScreenRenderer();
            for (int i = 0; i < screens; i++)
            {
                ScreenRenderer fresh = new ScreenRenderer();
                ScreenSamples.Render(i, fresh);
                for (int before = 0; before < ScreenSamples.Names.Length; before++)
                {
                    ScreenSamples.Render(before, reused);
                    reused.Canvas.InvertRectangle(0, 0, 128, 64);
                    ScreenSamples.Render(i, reused);
                    Check.BytesEqual(fresh.Frame, reused.Frame, ScreenSamples.Names[i] + " after " + ScreenSamples.Names[before]);
                }
            }
        }

        [TestMethod]
        public void TheCountdownBarShrinksWithTheSecondsLeft()
        {
            ScreenRenderer renderer = new ScreenRenderer();
            int previous = int.MaxValue;
            for (int seconds = 30; seconds >= 0; seconds--)
            {
                renderer.RenderCode("A", 1, 1, 123456, 6, seconds, 30, false, false);
                int fill = FillWidth(renderer.Canvas);
                int expected = ((seconds * BarInnerWidth) + 29) / 30;
                Assert.AreEqual(expected, fill, "fill at " + seconds.ToString() + " s");
                Assert.IsTrue(fill <= previous, "never grows");
                previous = fill;
                // The outline always spans the full width.
                Assert.IsTrue(renderer.Canvas.GetPixel(0, BarY) && renderer.Canvas.GetPixel(127, BarY) && renderer.Canvas.GetPixel(127, 63), "outline");
            }

            renderer.RenderCode("A", 1, 1, 123456, 6, 30, 30, false, false);
            Assert.AreEqual(BarInnerWidth, FillWidth(renderer.Canvas), "full at the start of a period");
            renderer.RenderCode("A", 1, 1, 123456, 6, 1, 30, false, false);
            Assert.IsTrue(FillWidth(renderer.Canvas) > 0, "one second left still shows");
        }

        [TestMethod]
        public void WhenRollingSoonTheBarBlinksAndTheTagShows()
        {
            ScreenRenderer renderer = new ScreenRenderer();
            for (int seconds = 1; seconds <= 5; seconds++)
            {
                renderer.RenderCode("A", 1, 1, 123456, 6, seconds, 30, true, false);
                int fill = FillWidth(renderer.Canvas);
                if ((seconds & 1) == 0)
                {
                    Assert.IsTrue(fill > 0, "filled on even second " + seconds.ToString());
                }
                else
                {
                    Assert.AreEqual(0, fill, "hollow on odd second " + seconds.ToString());
                }

                Assert.IsTrue(renderer.Canvas.GetPixel(0, 45), "tag box lit");
            }

            renderer.RenderCode("A", 1, 1, 123456, 6, 5, 30, false, false);
            Assert.IsTrue(FillWidth(renderer.Canvas) > 0, "no blink when not rolling soon");
            Assert.IsFalse(renderer.Canvas.GetPixel(0, 45), "no tag when not rolling soon");
        }

        [TestMethod]
        public void TheClockWarningAddsAMarkBeforeTheSlotIndex()
        {
            ScreenRenderer renderer = new ScreenRenderer();
            renderer.RenderCode("AWS", 1, 3, 123456, 6, 10, 30, false, true);
            // "1/3" is 17 wide at x = 111; the 7-pixel box ends 3 pixels before it: x 101..107, rows 0..8.
            Assert.IsTrue(renderer.Canvas.GetPixel(101, 0) && renderer.Canvas.GetPixel(107, 8), "box corners");
            Assert.IsFalse(renderer.Canvas.GetPixel(104, 1), "the '!' is dark inside the box");
            Assert.IsFalse(renderer.Canvas.GetPixel(100, 4), "gap before the box");

            renderer.RenderCode("AWS", 1, 3, 123456, 6, 10, 30, false, false);
            for (int x = 90; x < 111; x++)
            {
                for (int y = 0; y < 9; y++)
                {
                    Assert.IsFalse(renderer.Canvas.GetPixel(x, y), "no mark without the warning at " + x.ToString() + "," + y.ToString());
                }
            }
        }

        [TestMethod]
        public void TheSlotIndexIsRightAlignedAndLongLabelsStopBeforeIt()
        {
            ScreenRenderer renderer = new ScreenRenderer();
            renderer.RenderCode("an-extremely-long-account-label", 12, 16, 1, 6, 10, 30, false, false);
            // "12/16" is 29 wide, at x = 99; the label stops at least 3 pixels before it.
            bool edge = false;
            for (int y = 0; y < 9; y++)
            {
                edge |= renderer.Canvas.GetPixel(127, y);
                for (int x = 96; x < 99; x++)
                {
                    Assert.IsFalse(renderer.Canvas.GetPixel(x, y), "gap pixel " + x.ToString() + "," + y.ToString());
                }
            }

            Assert.IsTrue(edge, "slot index reaches the right edge");
        }

        [TestMethod]
        public void ConfirmWithTextLinesEqualsConfirmWithStrings()
        {
            ScreenRenderer byString = new ScreenRenderer();
            ScreenRenderer byLine = new ScreenRenderer();
            byString.RenderConfirm("DELETE SLOT 2", "GitHub", null, "", 12, 30);
            byLine.RenderConfirm(new TextLine(16).Append("DELETE SLOT ").AppendNumber(2, 1), new TextLine(8).Append("GitHub"), null, new TextLine(4), 12, 30);
            Check.BytesEqual(byString.Frame, byLine.Frame, "same screen");
        }

        [TestMethod]
        public void MissingConfirmLinesStayBlank()
        {
            ScreenRenderer renderer = new ScreenRenderer();
            renderer.RenderConfirm("WIPE ALL", null, string.Empty, null, 30, 30);
            for (int y = 9; y < 38; y++)
            {
                for (int x = 0; x < 128; x++)
                {
                    Assert.IsFalse(renderer.Canvas.GetPixel(x, y), "detail area pixel " + x.ToString() + "," + y.ToString());
                }
            }

            Assert.IsTrue(renderer.Canvas.GetPixel(0, 0), "title bar");
        }

        [TestMethod]
        public void OddInputsDoNotThrow()
        {
            ScreenRenderer renderer = new ScreenRenderer();
            renderer.RenderCode(null, 0, 0, 0, 6, -5, 30, false, false);
            Assert.AreEqual(0, FillWidth(renderer.Canvas), "negative seconds clamp to an empty bar");
            renderer.RenderCode(string.Empty, -1, int.MaxValue, 999999, 6, 99, 30, true, true);
            Assert.AreEqual(BarInnerWidth, FillWidth(renderer.Canvas), "too many seconds clamp to a full bar");
            renderer.RenderCode("x", 1, 1, 1234567, 7, 5, 0, false, false);
            renderer.RenderCode("x", 1, 1, 99999999, 8, 5, 60, false, false);
            renderer.RenderConfirm((string)null, null, null, null, -3, 0);
            renderer.RenderConfirm((TextLine)null, null, null, null, 99, 30);
            renderer.RenderNoAccounts();
            renderer.RenderSetTime(null);
            renderer.RenderError(null, null, int.MinValue);
            renderer.RenderMessage(null, null);
            renderer.RenderMessage("A MESSAGE FAR TOO LONG FOR ONE LINE OF THIS SCREEN", "and a long second line as well");
            Assert.AreEqual(FrameLayout.Size, renderer.Frame.Length, "frame intact");
        }

        [TestMethod]
        public void LongMessagesFallBackToNormalSize()
        {
            ScreenRenderer renderer = new ScreenRenderer();
            renderer.RenderMessage("TIMED OUT", null);
            Assert.IsTrue(LitRows(renderer.Canvas) > 8, "short message is double size");
            renderer.RenderMessage("CONFIRMATION EXPIRED", null);
            Assert.AreEqual(7, LitRows(renderer.Canvas), "long message uses one normal text line");
        }

        /// <summary>Width of the lit run in the code screen's bar interior, starting at x = 2.</summary>
        private static int FillWidth(FrameCanvas canvas)
        {
            int width = 0;
            while (width < 128 && canvas.GetPixel(2 + width, BarFillY))
            {
                width++;
            }

            return width;
        }

        private static int LitRows(FrameCanvas canvas)
        {
            int rows = 0;
            for (int y = 0; y < 64; y++)
            {
                for (int x = 0; x < 128; x++)
                {
                    if (canvas.GetPixel(x, y))
                    {
                        rows++;
                        break;
                    }
                }
            }

            return rows;
        }
    }
}
