using System;
using HardwareToken.Core.Screens;
using HardwareToken.Core.Tests.Screens;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace HardwareToken.Core.Tests
{
    /// <summary>
    /// Desktop-only: rendering a frame must not allocate. Each screen is rendered 1000 times after a warm-up and
    /// the managed bytes allocated by this thread must not move (GC.GetAllocatedBytesForCurrentThread is exact).
    /// </summary>
    [TestClass]
    public class ScreenAllocationTests
    {
        private const int Renders = 1000;

        [TestMethod]
        public void RenderingEveryScreenAllocatesNothing()
        {
            ScreenRenderer renderer = new ScreenRenderer();
            for (int sample = 0; sample < ScreenSamples.Names.Length; sample++)
            {
                for (int i = 0; i < 3; i++)
                {
                    ScreenSamples.Render(sample, renderer);
                }

                long before = GC.GetAllocatedBytesForCurrentThread();
                for (int i = 0; i < Renders; i++)
                {
                    ScreenSamples.Render(sample, renderer);
                }

                long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
                Assert.AreEqual(0L, allocated, ScreenSamples.Names[sample] + ": bytes allocated by " + Renders + " renders");
            }
        }

        [TestMethod]
        public void ACountingDownCodeScreenAllocatesNothing()
        {
            // The real loop: a new code, label and countdown every call, with the numbers formatted on the fly.
            ScreenRenderer renderer = new ScreenRenderer();
            renderer.RenderCode("AWS root", 1, 3, 0, 6, 30, 30, false, false);
            long before = GC.GetAllocatedBytesForCurrentThread();
            for (int i = 0; i < Renders; i++)
            {
                int seconds = 30 - (i % 30);
                renderer.RenderCode("AWS root", (i % 10) + 1, 10, (i * 7919) % 1000000, (i & 1) == 0 ? 6 : 8, seconds, 30, seconds <= 5, (i & 4) != 0);
            }

            Assert.AreEqual(0L, GC.GetAllocatedBytesForCurrentThread() - before, "bytes allocated");
        }

        [TestMethod]
        public void ComposingConfirmationTextAllocatesNothing()
        {
            ScreenRenderer renderer = new ScreenRenderer();
            TextLine title = new TextLine(21);
            TextLine oldTime = new TextLine(21);
            TextLine newTime = new TextLine(21);
            TextLine jump = new TextLine(21);
            Compose(renderer, title, oldTime, newTime, jump, 0);
            long before = GC.GetAllocatedBytesForCurrentThread();
            for (int i = 0; i < Renders; i++)
            {
                Compose(renderer, title, oldTime, newTime, jump, i);
            }

            Assert.AreEqual(0L, GC.GetAllocatedBytesForCurrentThread() - before, "bytes allocated");
            Assert.AreEqual("JUMP +00:16:39", jump.ToString(), "the last composed line");
        }

        private static void Compose(ScreenRenderer renderer, TextLine title, TextLine oldTime, TextLine newTime, TextLine jump, int i)
        {
            long now = 1748779203L + (i * 86413L);
            title.Clear().Append("SET TIME ").AppendNumber(i % 100, 2);
            UtcFormat.AppendDateTime(oldTime.Clear(), now);
            UtcFormat.AppendDateTime(newTime.Clear(), now + i);
            UtcFormat.AppendDuration(jump.Clear().Append("JUMP "), i);
            renderer.RenderConfirm(title, oldTime, newTime, jump, 30 - (i % 30), 30);
        }
    }
}
