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
    /// Compares a rendered frame byte for byte with a snapshot stored as text art, and on a mismatch names the
    /// first differing pixel (row, column) and shows both rows.
    /// </summary>
    public static class SnapshotAssert
    {
        /// <summary>Renders the <see cref="ScreenSamples"/> sample named <paramref name="sample"/> and compares it with the art.</summary>
        public static void SampleMatches(string sample, string[] expectedRows)
        {
            int index = -1;
            for (int i = 0; i < ScreenSamples.Names.Length; i++)
            {
                if (ScreenSamples.Names[i] == sample)
                {
                    index = i;
                }
            }

            Assert.IsTrue(index >= 0, "no screen sample named " + sample);
            ScreenRenderer renderer = new ScreenRenderer();
            ScreenSamples.Render(index, renderer);
            FrameMatches(expectedRows, renderer.Frame, sample);
        }

        /// <summary>Fails unless <paramref name="actual"/> equals the frame drawn by <paramref name="expectedRows"/>.</summary>
        public static void FrameMatches(string[] expectedRows, byte[] actual, string name)
        {
            Assert.AreEqual(FrameLayout.Height, expectedRows.Length, name + ": snapshot row count");
            Assert.AreEqual(FrameLayout.Size, actual.Length, name + ": frame size");
            byte[] expected = FrameText.Parse(expectedRows);
            bool same = true;
            for (int i = 0; i < FrameLayout.Size; i++)
            {
                if (expected[i] != actual[i])
                {
                    same = false;
                    break;
                }
            }

            if (same)
            {
                return;
            }

            for (int y = 0; y < FrameLayout.Height; y++)
            {
                string actualRow = FrameText.Row(actual, y);
                if (actualRow != expectedRows[y])
                {
                    int x = 0;
                    while (actualRow[x] == expectedRows[y][x])
                    {
                        x++;
                    }

                    Check.Fail(name + ": frame differs from the snapshot; first difference at row " + y.ToString()
                        + ", column " + x.ToString() + " (expected '" + expectedRows[y][x].ToString() + "', got '"
                        + actualRow[x].ToString() + "')\nexpected row: " + expectedRows[y] + "\nactual row:   " + actualRow
                        + ActualArt(actual));
                    return;
                }
            }
        }

        /// <summary>On the desktop, the whole actual frame as C# lines ready to paste into the snapshot file.</summary>
        private static string ActualArt(byte[] actual)
        {
#if NANOFRAMEWORK_1_0
            return string.Empty;
#else
            string[] rows = FrameText.ToRows(actual);
            string text = "\nactual frame (paste into the snapshot if the change is intended):\n";
            for (int y = 0; y < rows.Length; y++)
            {
                text += "            \"" + rows[y] + "\",\n";
            }

            return text;
#endif
        }
    }
}
