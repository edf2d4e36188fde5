using System;
using HardwareToken.Firmware.Adapters;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace HardwareToken.Hardware.Tests
{
    /// <summary>Adapters/ForwardOnlyCounter.cs: the IMonotonicClock guarantee on top of the RTOS tick count.</summary>
    [TestClass]
    public sealed class ForwardOnlyCounterTests
    {
        [TestMethod]
        public void AnIncreasingSourcePassesThrough()
        {
            ForwardOnlyCounter counter = new ForwardOnlyCounter();
            Assert.AreEqual(5L, counter.Next(5));
            Assert.AreEqual(5L, counter.Next(5));
            Assert.AreEqual(1000L, counter.Next(1000));
        }

        [TestMethod]
        public void AfterAStepBackItKeepsCountingForward()
        {
            ForwardOnlyCounter counter = new ForwardOnlyCounter();
            Assert.AreEqual(4294967000L, counter.Next(4294967000));
            Assert.AreEqual(4294967000L, counter.Next(10), "a 32-bit wrap does not go back");
            Assert.AreEqual(4294967040L, counter.Next(50), "40 ms later is 40 ms later");
        }

        [TestMethod]
        public void NeverDecreasesAndAPassedDeadlineStaysPassed()
        {
            Random random = new Random(64);
            ForwardOnlyCounter counter = new ForwardOnlyCounter();
            long raw = 0;
            long last = long.MinValue;
            long deadline = -1;
            for (int i = 0; i < 100000; i++)
            {
                raw = random.Next(50) == 0 ? random.Next(1000) : raw + random.Next(20);
                long now = counter.Next(raw);
                Assert.IsTrue(now >= last, "decreased at " + i);
                if (deadline < 0 && now > 5000)
                {
                    deadline = now;
                }

                if (deadline >= 0)
                {
                    Assert.IsTrue(now >= deadline, "deadline un-passed at " + i);
                }

                last = now;
            }
        }
    }
}
