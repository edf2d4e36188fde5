using System.Threading;
using HardwareToken.Core.Ports;
using HardwareToken.Emulator.Adapters;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace HardwareToken.Emulator.Tests;

[TestClass]
public sealed class KeyboardButtonTests
{
    private sealed class ManualUptime : IMonotonicClock
    {
        public long Now;

        public long Milliseconds => Interlocked.Read(ref Now);
    }

    [TestMethod]
    public void EdgesComeOutInOrderStampedWhenQueued()
    {
        var clock = new ManualUptime { Now = 1000 };
        var button = new KeyboardButton(clock);
        Assert.IsFalse(button.TryTake(out _));
        button.Press();
        clock.Now = 1100;
        button.Release();
        Assert.AreEqual(2, button.Pending);

        Assert.IsTrue(button.TryTake(out ButtonEdge first));
        Assert.IsTrue(first.Pressed);
        Assert.AreEqual(1000, first.AtMilliseconds);
        Assert.IsTrue(button.TryTake(out ButtonEdge second));
        Assert.IsFalse(second.Pressed);
        Assert.AreEqual(1100, second.AtMilliseconds);
        Assert.IsFalse(button.TryTake(out _));
    }

    [TestMethod]
    public void AnOverflowDropsTheOldestEdges()
    {
        var clock = new ManualUptime();
        var button = new KeyboardButton(clock);
        for (int i = 0; i < KeyboardButton.Capacity + 2; i++)
        {
            clock.Now = i;
            if (i % 2 == 0)
            {
                button.Press();
            }
            else
            {
                button.Release();
            }
        }

        Assert.AreEqual(KeyboardButton.Capacity, button.Pending);
        Assert.IsTrue(KeyboardButton.Capacity >= 8, "the port contract asks for at least 8");
        Assert.IsTrue(button.TryTake(out ButtonEdge oldest));
        Assert.AreEqual(2, oldest.AtMilliseconds, "edges 0 and 1 were dropped");
        Assert.IsTrue(oldest.Pressed);
    }

    [TestMethod]
    public void EdgesQueuedOnAnotherThreadAllArriveInOrder()
    {
        var clock = new ManualUptime();
        var button = new KeyboardButton(clock);
        const int Presses = 2000;
        var producer = new Thread(() =>
        {
            for (int i = 0; i < Presses; i++)
            {
                while (button.Pending > KeyboardButton.Capacity - 2)
                {
                    Thread.Yield();
                }

                Interlocked.Increment(ref clock.Now);
                button.Press();
                Interlocked.Increment(ref clock.Now);
                button.Release();
            }
        });
        producer.Start();
        int taken = 0;
        long last = -1;
        while (taken < 2 * Presses)
        {
            if (button.TryTake(out ButtonEdge edge))
            {
                Assert.AreEqual(taken % 2 == 0, edge.Pressed, "presses and releases alternate");
                Assert.IsTrue(edge.AtMilliseconds > last, "timestamps increase");
                last = edge.AtMilliseconds;
                taken++;
            }
        }

        producer.Join();
        Assert.AreEqual(0, button.Pending);
    }
}
