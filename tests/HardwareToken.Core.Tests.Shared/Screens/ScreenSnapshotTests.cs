using HardwareToken.Core.Screens;
using HardwareToken.Core.Tests.Screens.Snapshots;
#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif

namespace HardwareToken.Core.Tests.Screens
{
    /// <summary>
    /// Every screen rendered with the fixed inputs of <see cref="ScreenSamples"/> must equal its reviewed
    /// text-art snapshot in Snapshots/ byte for byte.
    /// </summary>
    [TestClass]
    public class ScreenSnapshotTests
    {
        [TestMethod]
        public void CodeSixDigitsMidPeriod()
        {
            Matches(0, CodeSixDigitsSnapshot.Rows);
        }

        [TestMethod]
        public void CodeRollingSoon()
        {
            Matches(1, CodeRollingSoonSnapshot.Rows);
        }

        [TestMethod]
        public void CodeWithClockWarning()
        {
            Matches(2, CodeClockWarningSnapshot.Rows);
        }

        [TestMethod]
        public void CodeEightDigits()
        {
            Matches(3, CodeEightDigitsSnapshot.Rows);
        }

        [TestMethod]
        public void ConfirmWriteSlot()
        {
            Matches(4, ConfirmWriteSlotSnapshot.Rows);
        }

        [TestMethod]
        public void ConfirmSetTimeWithJump()
        {
            Matches(5, ConfirmSetTimeSnapshot.Rows);
        }

        [TestMethod]
        public void NoAccounts()
        {
            Matches(6, NoAccountsSnapshot.Rows);
        }

        [TestMethod]
        public void SetTime()
        {
            Matches(7, SetTimeSnapshot.Rows);
        }

        [TestMethod]
        public void Error()
        {
            Matches(8, ErrorSnapshot.Rows);
        }

        [TestMethod]
        public void Message()
        {
            Matches(9, MessageSnapshot.Rows);
        }

        [TestMethod]
        public void SmallFontSheet()
        {
            Matches(10, SmallFontSheetSnapshot.Rows);
        }

        [TestMethod]
        public void CodeFontWideSheet()
        {
            Matches(11, CodeFontWideSheetSnapshot.Rows);
        }

        [TestMethod]
        public void CodeFontNarrowSheet()
        {
            Matches(12, CodeFontNarrowSheetSnapshot.Rows);
        }

        [TestMethod]
        public void EverySampleHasASnapshotTest()
        {
            // Adding a sample without a test above (and a snapshot) fails here.
            Assert.AreEqual(13, ScreenSamples.Names.Length, "samples");
        }

        private static void Matches(int sample, string[] expectedRows)
        {
            ScreenRenderer renderer = new ScreenRenderer();
            ScreenSamples.Render(sample, renderer);
            SnapshotAssert.FrameMatches(expectedRows, renderer.Frame, ScreenSamples.Names[sample]);
        }
    }
}
